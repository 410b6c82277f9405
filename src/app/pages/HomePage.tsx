import { Link } from 'wouter';
import { TYPE_SHORT } from '@/components/question/labels';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { bundledBanks } from '@/content-model/bundled-banks';
import type { BankSummary } from '@/content-model/schema';
import { QUESTION_TYPES as TYPES } from '@/content-model/vocab';
import { formatNumber, plural } from '@/utils/format';

/** Topic chips per bank card: the largest few keep the home page short on a phone. */
const TOPICS_SHOWN = 4;

function TypeCounts({ counts }: { counts: BankSummary['byType'] }) {
  return (
    <dl className="type-counts">
      {TYPES.map((t) => (
        <div key={t} className={`type-count type-${t}`}>
          <dt>{TYPE_SHORT[t]}</dt>
          <dd>{formatNumber(counts[t] ?? 0)}</dd>
        </div>
      ))}
    </dl>
  );
}

function BankCard({ bank }: { bank: BankSummary }) {
  const headingId = `bank-${bank.id}`;
  return (
    <li className="card bank-card">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          <Link href={`/bank/${bank.id}`}>{bank.title}</Link>
        </h3>
        {bank.description && <p className="muted">{bank.description}</p>}
        <p className="bank-total">{plural(bank.total, 'question')}</p>
        <TypeCounts counts={bank.byType} />
        {bank.topics.length > 0 && (
          <>
            <h4 className="sr-only">Topics</h4>
            <ul className="chips" aria-label={`Topics in ${bank.title}`}>
              {[...bank.topics]
                .sort((a, b) => b.count - a.count)
                .slice(0, TOPICS_SHOWN)
                .map((t) => (
                  <li key={t.name}>
                    <Link className="chip" href={`/bank/${bank.id}?topic=${encodeURIComponent(t.name)}`}>
                      {t.name} <span className="chip-count">{t.count}</span>
                    </Link>
                  </li>
                ))}
              {bank.topics.length > TOPICS_SHOWN && (
                <li>
                  <Link className="chip more" href={`/bank/${bank.id}`}>
                    +{bank.topics.length - TOPICS_SHOWN} more
                  </Link>
                </li>
              )}
            </ul>
          </>
        )}
      </article>
    </li>
  );
}

const TOOLS: { href: string; title: string; text: string }[] = [
  { href: '/practice', title: 'Practice', text: 'Pick topics and types; every answer is explained at once.' },
  { href: '/exam', title: 'Mock exam', text: 'Timed, GATE-style marking, a palette, marks at the end.' },
  { href: '/review', title: 'Review', text: 'Spaced repetition (FSRS): what is due today.' },
  { href: '/practice?bank=parametric', title: 'Fresh numbers', text: 'Calculation questions whose numbers change every attempt.' },
  { href: '/calculators', title: 'Calculators', text: 'Model size, compression, latency and roofline, with formulas.' },
  { href: '/lab', title: 'Quantization lab', text: 'A real model quantized live in your browser, 2 to 16 bits.' },
  { href: '/flashcards', title: 'Flashcards', text: 'Flip cards, print them double-sided, export to Anki.' },
  { href: '/library', title: 'Your own banks', text: 'Import Markdown banks; they join every mode.' },
];

export function HomePage() {
  useDocumentTitle('');
  const total = bundledBanks.reduce((n, b) => n + b.total, 0);
  const byType = Object.fromEntries(TYPES.map((t) => [t, bundledBanks.reduce((n, b) => n + (b.byType[t] ?? 0), 0)])) as BankSummary['byType'];
  const topics = new Set(bundledBanks.flatMap((b) => b.topics.map((t) => t.name)));
  return (
    <>
      <section className="hero">
        <h1>Prepare for TinyML and edge-AI interviews</h1>
        <p className="lead">
          {plural(total, 'question')} across {plural(topics.size, 'topic')}: quantization, pruning, MCU constraints, deployment and
          system design — each with explanations and worked solutions.
        </p>
        <TypeCounts counts={byType} />
      </section>
      <section aria-labelledby="tools-heading">
        <h2 id="tools-heading">Ways to study</h2>
        <ul className="tool-grid">
          {TOOLS.map((t) => (
            <li key={t.href}>
              <Link href={t.href} className="card tool-card">
                <strong>{t.title}</strong>
                <span className="muted small">{t.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="banks-heading">
        <h2 id="banks-heading">Question banks</h2>
        {bundledBanks.length === 0 ? (
          <p>No banks are bundled yet. Add a Markdown bank to content/ (see content/README.md).</p>
        ) : (
          <ul className="card-grid">
            {bundledBanks.filter((b) => b.total > 0).map((b) => (
              <BankCard key={b.id} bank={b} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
