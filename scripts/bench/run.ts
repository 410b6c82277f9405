/**
 * npm run bench [-- suite …]
 * Runs the benchmark suites in scripts/bench/suites against a fresh production build and writes
 * .bench/results.json plus a Markdown table (.bench/results.md) that the README quotes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createContext, judged, type Figure, type Suite } from './context.ts';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const args = process.argv.slice(2);
/** `--readme` also writes the table into README.md between its bench-table markers. */
const toReadme = args.includes('--readme');
const only = args.filter((a) => !a.startsWith('--'));

const fmt = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));

function table(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const floor = f.floor ? `${fmt(f.floor.value)} ${f.unit} (${f.floor.label})` : '—';
    const ratio = f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : '—';
    const budget = f.budget ? `${f.budget.on === 'ratio' ? 'ratio' : 'value'} ${f.budget.max !== undefined ? `≤ ${f.budget.max}` : `≥ ${f.budget.min}`}` : '—';
    const verdict = f.pass === undefined ? '' : f.pass ? '✅' : '❌';
    return `| ${f.label} | ${fmt(f.value)} ${f.unit} | ${floor} | ${ratio} | ${budget} ${verdict} |`;
  });
  return ['| Measure | Value | Floor (same run) | Ratio | Budget |', '|---|---|---|---|---|', ...rows].join('\n');
}

async function main() {
  const dir = join(root, 'scripts', 'bench', 'suites');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const suites: Suite[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default: Suite };
    if (!only.length || only.includes(mod.default.name)) suites.push(mod.default);
  }
  console.log(`Building the app and the React floor…`);
  const { ctx, close } = await createContext(root);
  const figures: Figure[] = [];
  try {
    for (const s of suites) {
      console.log(`• ${s.name}`);
      for (const f of await s.run(ctx)) figures.push(judged(f));
    }
  } finally {
    await close();
  }
  mkdirSync(join(root, '.bench'), { recursive: true });
  const out = { date: new Date().toISOString(), node: process.version, figures };
  writeFileSync(join(root, '.bench', 'results.json'), `${JSON.stringify(out, null, 2)}\n`);
  const md = table(figures);
  writeFileSync(join(root, '.bench', 'results.md'), `${md}\n`);
  console.log(`\n${md}\n\nWrote .bench/results.json`);
  if (toReadme) {
    const readme = join(root, 'README.md');
    const text = readFileSync(readme, 'utf8');
    const next = text.replace(/<!-- bench-table -->[\s\S]*?<!-- \/bench-table -->/, `<!-- bench-table -->\n${md}\n<!-- /bench-table -->`);
    writeFileSync(readme, next);
    console.log('Updated the table in README.md');
  }
  const failed = figures.filter((f) => f.pass === false);
  if (failed.length) console.log(`\n${failed.length} figure(s) over budget: ${failed.map((f) => f.id).join(', ')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
