/** Shared by the templates that count a model: analyse it and link to the model-size calculator. */
import { analyzeModel, type ModelAnalysis } from '../lib/analyze-model.ts';
import { ModelSpecSchema, type ModelSpecInput } from '../lib/layer-config.ts';
import { calculatorLink } from '../lib/links.ts';
import { modelToText } from '../lib/model-notation.ts';

export function analyze(model: ModelSpecInput): ModelAnalysis {
  const a = analyzeModel(ModelSpecSchema.parse(model));
  // Templates only draw valid models; a failure here is a bug in the template, not user input.
  if (a.error) throw new Error(`template drew an invalid model: ${a.error.message}`);
  return a;
}

export function modelLink(model: ModelSpecInput, extra: Record<string, string | number> = {}): string {
  const { input, layers } = modelToText(model.inputShape, model.layers);
  return calculatorLink('model-size', { input, layers, ...extra });
}
