/**
 * The float weights of one quantizable layer, as the worker reads them from the tfjs model and the
 * lab quantizes them. Kernels are channels-last: Conv1D [kernel, in, out], Dense [in, out].
 */
import { z } from 'zod';

export const LayerKindSchema = z.enum(['conv1d', 'dense']);
export type LayerKind = z.infer<typeof LayerKindSchema>;

export const LayerWeightsSchema = z.object({
  /** The tfjs layer name ("conv1"). */
  name: z.string().min(1),
  kind: LayerKindSchema,
  kernelShape: z.array(z.number().int().positive()).min(2),
  kernel: z.instanceof(Float32Array),
  bias: z.instanceof(Float32Array),
});
export type LayerWeights = z.infer<typeof LayerWeightsSchema>;

/** Output channels: the last axis of the kernel. */
export const outChannels = (l: Pick<LayerWeights, 'kernelShape'>): number => l.kernelShape[l.kernelShape.length - 1] ?? 1;
