/**
 * The parametric question templates. Each draws its numbers from a seed and answers with the
 * calculator functions; the lead wires them into practice, exams and review.
 */
import { arenaPeak } from './arena-peak.ts';
import { batchNormNonTrainable } from './batchnorm-nontrainable.ts';
import { compressionRatio } from './compression-chain.ts';
import { conv2dParams } from './conv2d-params.ts';
import { convMacs } from './conv-macs.ts';
import { denseParams } from './dense-params.ts';
import { fitsOnDeviceTemplate } from './fits-on-device.ts';
import { latencyFromClock } from './latency-from-clock.ts';
import { latencyFromFlops } from './latency-from-flops.ts';
import { multicoreLatency } from './multicore-latency.ts';
import { quantScale } from './quant-scale.ts';
import { quantZeroPoint } from './quant-zero-point.ts';
import { attainablePerformance } from './attainable-performance.ts';
import { rnnParams } from './rnn-params.ts';
import { rooflineTime } from './roofline-time.ts';
import { separableParams } from './separable-params.ts';
import { sparseOverhead } from './sparse-overhead.ts';
import type { QuestionTemplate } from './template.ts';
import { weightBytesAtPrecision } from './weight-bytes.ts';

export type { QuestionTemplate } from './template.ts';

export const questionTemplates: readonly QuestionTemplate[] = [
  denseParams,
  conv2dParams,
  separableParams,
  rnnParams,
  batchNormNonTrainable,
  convMacs,
  weightBytesAtPrecision,
  arenaPeak,
  compressionRatio,
  sparseOverhead,
  latencyFromFlops,
  latencyFromClock,
  multicoreLatency,
  rooflineTime,
  attainablePerformance,
  fitsOnDeviceTemplate,
  quantScale,
  quantZeroPoint,
];
