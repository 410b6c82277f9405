/**
 * /calculators and /calculators/:calc. The index lists the calculators; each sub-page holds one, with
 * its state in the URL. Each calculator is its own chunk, and KaTeX's JavaScript loads only with them
 * (or after the index has painted).
 *
 * `onMakeQuestion` receives the NAT questions the user makes from a calculation; without it, the
 * question is shown as a preview.
 */
import './calculators.css';
import { lazy, Suspense } from 'react';
import { Link, useParams } from 'wouter';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import type { NatQuestion } from '@/content-model/schema';
import { CALCULATORS } from './components/registry';
import { afterFirstPaint } from '@/utils/after-first-paint';

/**
 * The cards' formulas need KaTeX's JavaScript, the largest thing here: it loads after the first
 * paint, into a slot as tall as one display formula, so the cards do not move when it lands.
 */
const Formula = lazy(() =>
  afterFirstPaint()
    .then(() => import('@/components/ui/Formula'))
    .then((m) => ({ default: m.Formula })),
);

/**
 * The template gallery sits below the calculators and needs every template module: it loads after
 * the first paint, so the page's heading and cards never wait for it.
 */
const TemplateGallery = lazy(() =>
  afterFirstPaint()
    .then(() => import('./components/TemplateGallery'))
    .then((m) => ({ default: m.TemplateGallery })),
);

interface Props {
  onMakeQuestion?: (question: NatQuestion) => void;
}

function CalculatorNav({ current }: { current?: string }) {
  return (
    <nav aria-label="Calculators" className="calc-nav">
      <ul>
        {CALCULATORS.map((c) => (
          <li key={c.id}>
            <Link href={`/calculators/${c.id}`} aria-current={c.id === current ? 'page' : undefined}>
              {c.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Index() {
  return (
    <section className="calculators">
      <h1>Calculators</h1>
      <p className="lead">
        The numbers interviews ask for, computed the way the tools compute them. Every result shows its formula with your numbers and the steps; the URL holds the state, so a link
        reproduces it; and any calculation can become a question for your deck.
      </p>
      <ul className="card-grid calc-cards">
        {CALCULATORS.map((c) => (
          <li key={c.id} className="card">
            <h2>
              <Link href={`/calculators/${c.id}`}>{c.name}</Link>
            </h2>
            <div className="formula-slot">
              {/* If KaTeX cannot be fetched, the card shows the formula's source instead. */}
              <ErrorBoundary fallback={<code>{c.formula}</code>}>
                <Suspense fallback={null}>
                  <Formula tex={c.formula} display />
                </Suspense>
              </ErrorBoundary>
            </div>
            <p className="small">{c.answers}</p>
          </li>
        ))}
      </ul>
      <ErrorBoundary fallback={<p className="panel muted">The parametric questions could not be downloaded. Reload to try again.</p>}>
        <Suspense fallback={<p className="panel muted">Loading the parametric questions…</p>}>
          <TemplateGallery />
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}

export default function CalculatorsPage({ onMakeQuestion }: Props) {
  const { calc } = useParams<{ calc?: string }>();
  const entry = CALCULATORS.find((c) => c.id === calc);
  useDocumentTitle(entry ? `${entry.name} calculator` : calc ? 'Calculator not found' : 'Calculators');
  if (!calc) return <Index />;
  if (!entry) {
    return (
      <section className="panel calculators">
        <h1>There is no calculator called “{calc}”</h1>
        <p>Choose one of these:</p>
        <CalculatorNav />
      </section>
    );
  }
  const { Component } = entry;
  return (
    <section className="calculators" aria-labelledby="calc-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/calculators">Calculators</Link> <span aria-hidden="true">›</span> {entry.name}
      </nav>
      <h1 id="calc-title">{entry.name}</h1>
      <p className="lead">{entry.answers}</p>
      <CalculatorNav current={entry.id} />
      <Suspense fallback={<p className="panel muted" role="status">Loading the calculator…</p>}>
        <Component onMakeQuestion={onMakeQuestion} />
      </Suspense>
    </section>
  );
}
