/** Bank settings from YAML frontmatter, validated; unknown keys are reported (they are usually typos). */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { Issue } from './issue.ts';
import { FrontmatterSchema, type Frontmatter } from './schema.ts';
import type { Point } from './source-text.ts';

const KNOWN = new Set(Object.keys(FrontmatterSchema.shape));

/** Line in the file of a top-level YAML key ("difficulty: …"); the frontmatter starts one line after `---`. */
function lineOfKey(yaml: string, key: string, fenceLine: number): number {
  const index = yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return index < 0 ? fenceLine : fenceLine + 1 + index;
}

export function readFrontmatter(yaml: string, at: Point, file: string): { frontmatter: Frontmatter; issues: Issue[] } {
  const issues: Issue[] = [];
  const report = (line: number, field: string, message: string, hint: string, severity: Issue['severity'] = 'error') =>
    issues.push({ file, line, column: 1, severity, field, message, hint });
  let data: unknown;
  try {
    data = (parseYaml(yaml) as unknown) ?? {};
  } catch (e) {
    const line = e instanceof YAMLParseError && e.linePos ? at.line + e.linePos[0].line : at.line;
    report(line, 'frontmatter', `frontmatter is not valid YAML (${e instanceof Error ? e.message.split('\n')[0] : 'unreadable'})`, 'fix the YAML between the --- lines, e.g. "title: Quantization"');
    return { frontmatter: {}, issues };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report(at.line, 'frontmatter', 'frontmatter is not a set of "key: value" lines', 'write e.g. "title: Quantization" between the --- lines');
    return { frontmatter: {}, issues };
  }
  const unknown = Object.keys(data).filter((k) => !KNOWN.has(k));
  if (unknown.length) {
    const names = unknown.map((k) => `"${k}"`).join(', ');
    report(at.line, 'frontmatter', `frontmatter ${unknown.length > 1 ? 'keys' : 'key'} ${names} ${unknown.length > 1 ? 'are' : 'is'} not used`, `TinyPrep reads only: ${[...KNOWN].join(', ')} (a typo?)`, 'warning');
  }
  const parsed = FrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const z of parsed.error.issues) {
      const key = String(z.path[0] ?? '');
      const value = (data as Record<string, unknown>)[key];
      report(
        lineOfKey(yaml, key, at.line),
        `frontmatter.${z.path.join('.')}`,
        `frontmatter ${z.path.join('.')} ${JSON.stringify(value)} is not valid (${z.message})`,
        'correct the value, or remove the line',
      );
    }
    // Keep the keys that are valid on their own.
    const partial: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
      const one = FrontmatterSchema.safeParse({ [k]: v });
      if (one.success) partial[k] = v;
    }
    return { frontmatter: FrontmatterSchema.parse(partial), issues };
  }
  return { frontmatter: parsed.data, issues };
}
