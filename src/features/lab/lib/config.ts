/**
 * What the lab's controls choose: one quantization recipe applied to every weight tensor.
 * The schema is the type; `checkConfig` states the first broken rule for the UI.
 */
import { z } from 'zod';
import { fail, ok, type Result } from './result.ts';

export const MIN_BITS = 2;
export const MAX_BITS = 16;
/** Pruning stops at 95 %: beyond that a 4k-parameter model has almost nothing left to quantize. */
export const MAX_SPARSITY = 0.95;

export const SCHEMES = ['symmetric', 'asymmetric'] as const;
export const GRANULARITIES = ['per-channel', 'per-tensor'] as const;
/** `half-even` is what `tf.round` does; `half-away` is C's `round`, which TFLite's quantizer uses. */
export const ROUNDINGS = ['half-away', 'half-even'] as const;

export const SchemeSchema = z.enum(SCHEMES);
export type Scheme = z.infer<typeof SchemeSchema>;
export const GranularitySchema = z.enum(GRANULARITIES);
export type Granularity = z.infer<typeof GranularitySchema>;
export const RoundingSchema = z.enum(ROUNDINGS);
export type Rounding = z.infer<typeof RoundingSchema>;

export const QuantConfigSchema = z.object({
  /** Bit width of each stored weight, 2–16. */
  bits: z.number().int().min(MIN_BITS).max(MAX_BITS),
  scheme: SchemeSchema,
  granularity: GranularitySchema,
  rounding: RoundingSchema,
  /** Fraction of each kernel's smallest-magnitude weights set to zero before quantizing, 0–0.95. */
  sparsity: z.number().min(0).max(MAX_SPARSITY),
});
export type QuantConfig = z.infer<typeof QuantConfigSchema>;

/**
 * The TFLite int8 weight recipe: symmetric in [−127, 127], zero point 0, one scale per output
 * channel, rounding half away from zero (TFLite's quantizer calls `std::round`).
 */
export const TFLITE_INT8: QuantConfig = { bits: 8, scheme: 'symmetric', granularity: 'per-channel', rounding: 'half-away', sparsity: 0 };

/** The config, or the first rule it breaks ("bits must be an integer from 2 to 16, got 1"). */
export function checkConfig(config: QuantConfig): Result<QuantConfig> {
  const { bits, sparsity } = config;
  if (!Number.isInteger(bits) || bits < MIN_BITS || bits > MAX_BITS) return fail(`bits must be an integer from ${MIN_BITS} to ${MAX_BITS}, got ${bits}`);
  if (!(sparsity >= 0 && sparsity <= MAX_SPARSITY)) return fail(`sparsity must be between 0 and ${MAX_SPARSITY}, got ${sparsity}`);
  const parsed = QuantConfigSchema.safeParse(config);
  if (!parsed.success) return fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return ok(parsed.data);
}
