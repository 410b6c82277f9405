import { Link } from 'wouter';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';

const PLANS: Record<string, { title: string; what: string }> = {
  practice: { title: 'Practice', what: 'Self-paced sessions built from any banks, topics and types, with instant feedback on every option.' },
  exam: { title: 'Exam', what: 'Timed mock exams with GATE-style marking, a question palette and a full review afterwards.' },
  review: { title: 'Review', what: 'Spaced repetition (FSRS): the questions due today, and a forecast of the days ahead.' },
  flashcards: { title: 'Flashcards', what: 'Flip cards for any selection, printable double-sided, with export to Anki and CSV.' },
  calculators: { title: 'Calculators', what: 'Model size, compression ratio, FLOPs and latency, and a roofline inference-time estimator.' },
  lab: { title: 'Quantization lab', what: 'A real model trained in your browser, quantized live from 2 to 16 bits, with accuracy and error plots.' },
  stats: { title: 'Stats', what: 'Accuracy and mastery per topic, your history, streaks and what is due.' },
};

export default function ComingSoonPage({ feature }: { feature: string }) {
  const plan = PLANS[feature] ?? { title: feature, what: '' };
  useDocumentTitle(plan.title);
  return (
    <section className="panel coming-soon">
      <h1>{plan.title}</h1>
      <p className="status-pill">Coming soon — not built yet</p>
      <p>{plan.what}</p>
      <p>
        Meanwhile, every question can be read with its answer and explanation from the <Link href="/">question banks</Link>.
      </p>
    </section>
  );
}
