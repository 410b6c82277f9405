/**
 * Links into the calculators. The URL is the calculator's state, so a link reproduces a calculation;
 * questions carry such links ("Open in calculator") and "Make a question" writes them.
 */

export const CALCULATOR_IDS = ['model-size', 'compression', 'latency', 'roofline', 'advisor', 'quantization'] as const;
export type CalculatorId = (typeof CALCULATOR_IDS)[number];

/**
 * A query string that stays readable: the characters of the layer notation ( ) , ; = : are left as
 * they are; everything else is percent-encoded (a "+" would otherwise read back as a space).
 */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v)).replace(/%2C/g, ',').replace(/%3B/g, ';').replace(/%3D/g, '=').replace(/%3A/g, ':')}`);
  return parts.join('&');
}

export function calculatorLink(calc: CalculatorId, params: Record<string, string | number | boolean | undefined> = {}): string {
  const q = queryString(params);
  return `/calculators/${calc}${q ? `?${q}` : ''}`;
}
