/**
 * The bank checker.
 *   npm run bank -- check <files or folders>   print every problem; exit 1 if any is an error
 *   npm run bank -- check --strict <…>         also apply the rules for bundled banks (content/README.md)
 *   npm run bank -- json <file>                print the parsed bank as JSON
 *   npm run bank -- stats <files or folders>   counts by type, kind, topic and difficulty
 */
import { existsSync } from 'node:fs';
import { formatIssue, hasErrors } from '../src/content-model/issue.ts';
import { readBanks } from './read-banks.ts';

const [command, ...rest] = process.argv.slice(2);
const strict = rest.includes('--strict');
const paths = rest.filter((a) => a !== '--strict');
const usage = 'usage: npm run bank -- check [--strict] <files or folders> | json <file> | stats <files or folders>';

function main(): number {
  if (!command || !['check', 'json', 'stats'].includes(command) || paths.length === 0) {
    console.error(usage);
    return 2;
  }
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length) {
    console.error(`not found: ${missing.join(', ')}\n${usage}`);
    return 2;
  }
  const { results, issues } = readBanks(paths, process.cwd(), strict);
  if (command === 'json') {
    if (results.length !== 1) {
      console.error(`json takes one bank file; ${paths.join(' ')} holds ${results.length}`);
      return 2;
    }
    process.stdout.write(`${JSON.stringify(results[0]!.bank, null, 2)}\n`);
    for (const i of issues) console.error(formatIssue(i));
    return hasErrors(issues) ? 1 : 0;
  }
  if (command === 'stats') {
    const qs = results.flatMap((r) => r.bank.questions);
    const count = (key: (q: (typeof qs)[number]) => string) =>
      Object.fromEntries([...qs.reduce((m, q) => m.set(key(q), (m.get(key(q)) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]));
    console.log(
      JSON.stringify(
        {
          banks: results.length,
          questions: qs.length,
          byType: count((q) => (q.type === 'open' ? `open:${q.kind}` : q.type)),
          byDifficulty: count((q) => q.difficulty),
          byTopic: count((q) => q.topic),
        },
        null,
        2,
      ),
    );
    return hasErrors(issues) ? 1 : 0;
  }
  for (const i of issues) console.log(formatIssue(i));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const questions = results.reduce((n, r) => n + r.bank.questions.length, 0);
  console.log(`${results.length} bank${results.length === 1 ? '' : 's'}, ${questions} questions: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return errors ? 1 : 0;
}

process.exitCode = main();
