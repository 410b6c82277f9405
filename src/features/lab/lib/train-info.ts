/** What scripts/train-lab-model.ts records beside the shipped weights (public/lab/train-info.json). */
import { z } from 'zod';

export const TrainInfoSchema = z.object({
  seed: z.number().int(),
  epochs: z.number().int().positive(),
  batchSize: z.number().int().positive(),
  learningRate: z.number().positive(),
  trainWindows: z.number().int().positive(),
  testWindows: z.number().int().positive(),
  /** Float test accuracy measured by the script (tfjs cpu backend in Node), 0–1. */
  testAccuracy: z.number().min(0).max(1),
  params: z.number().int().positive(),
  history: z.array(z.object({ loss: z.number(), accuracy: z.number() })),
  tfjs: z.string(),
});
export type TrainInfo = z.infer<typeof TrainInfoSchema>;
