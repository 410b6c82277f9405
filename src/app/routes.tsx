/**
 * The route table. Every page but home is its own chunk, so a visit pays only for the
 * pages it opens (the quantization lab, with tfjs, most of all). `preloadRoute` starts the
 * chunk of the page being opened while React itself is still loading.
 */
import type { ComponentType } from 'react';
import { preloadable } from '@/components/ui/preloadable';
import type { NatQuestion } from '@/content-model/schema';
import { HomePage } from './pages/HomePage';

/** Starts loading a page's code (and what it shows at once); resolves when it is in. */
type Loader = () => Promise<unknown>;

/** A lazy page whose chunk can be loaded early, rendered directly once loaded (see preloadable). */
const page = preloadable;

const BankPage = page(() => import('./pages/BankPage'));
const QuestionPage = page(() => import('./pages/QuestionPage'));
const PracticePage = page(() => import('@/features/quiz/PracticePage'));
const PracticeSessionPage = page(() => import('@/features/quiz/PracticeSessionPage'));
const SessionSummaryPage = page(() => import('@/features/quiz/SessionSummaryPage'));
const ExamPage = page(() => import('@/features/quiz/exam/ExamPage'));
const ExamRunPage = page(() => import('@/features/quiz/exam/ExamRunPage'));
const ExamResultsPage = page(() => import('@/features/quiz/exam/ExamResultsPage'));
const ReviewPage = page(() => import('@/features/review/ReviewPage'));
const StatsPage = page(() => import('@/features/stats/StatsPage'));
const LibraryPage = page(() => import('@/features/library/LibraryPage'));
const FormatGuidePage = page(() => import('./pages/FormatGuidePage'));
const SearchPage = page(() => import('@/features/search/SearchPage'));
const FlashcardsPage = page(() => import('@/features/flashcards/FlashcardsPage'));
const FlashcardsStudyPage = page(() => import('@/features/flashcards/StudyPage'));
const FlashcardsPrintPage = page(() => import('@/features/flashcards/PrintPage'));
const CalculatorsPage = page(() => import('@/features/calculators/CalculatorsPage'));
const LabPage = page(() => import('@/features/lab/LabPage'));

/** Questions made in the calculators and the lab go to the user's "My questions" bank. */
const addToDeck = (question: NatQuestion) =>
  void import('@/content-model/library').then(({ useLibrary }) => useLibrary.getState().addToDeck(question, Date.now()));
/** A calculator's own page also needs its widget, a chunk of its own: both load at once. */
const preloadCalculators = () =>
  Promise.all([
    CalculatorsPage.preload(),
    import('@/features/calculators/components/registry').then((r) => r.preloadCalculator(location.pathname)),
  ]).then(([m]) => m);
const Calculators = Object.assign(() => <CalculatorsPage onMakeQuestion={addToDeck} />, { preload: preloadCalculators });
const Lab = Object.assign(() => <LabPage onMakeQuestion={addToDeck} />, { preload: LabPage.preload });

export interface RouteDef {
  path: string;
  component: ComponentType & { preload?: Loader };
  /** Shown in the main navigation when set. */
  nav?: string;
}

export const routes: RouteDef[] = [
  { path: '/', component: HomePage, nav: 'Home' },
  { path: '/search', component: SearchPage, nav: 'Search' },
  { path: '/practice', component: PracticePage, nav: 'Practice' },
  { path: '/practice/session', component: PracticeSessionPage },
  { path: '/practice/done/:sessionId', component: SessionSummaryPage },
  { path: '/exam', component: ExamPage, nav: 'Exam' },
  { path: '/exam/run', component: ExamRunPage },
  { path: '/exam/results', component: ExamResultsPage },
  { path: '/review', component: ReviewPage, nav: 'Review' },
  { path: '/flashcards', component: FlashcardsPage, nav: 'Flashcards' },
  { path: '/flashcards/study', component: FlashcardsStudyPage },
  { path: '/flashcards/print', component: FlashcardsPrintPage },
  { path: '/calculators', component: Calculators, nav: 'Calculators' },
  { path: '/calculators/:calc', component: Calculators },
  { path: '/lab', component: Lab, nav: 'Quant lab' },
  { path: '/stats', component: StatsPage, nav: 'Stats' },
  { path: '/library', component: LibraryPage, nav: 'My banks' },
  { path: '/help/bank-format', component: FormatGuidePage },
  { path: '/bank/:bankId', component: BankPage },
  { path: '/q/:questionId', component: QuestionPage },
];

/**
 * Loads the chunk of the page at `path` (the first page of a visit). Never rejects: a chunk that
 * fails to load is reported by the page's error boundary when it renders.
 */
export function preloadRoute(path: string): Promise<void> {
  const route = routes.find((r) => new RegExp(`^${r.path.replace(/:[^/]+/g, '[^/]+')}/?$`).test(path));
  return Promise.resolve(route?.component.preload?.()).then(
    () => undefined,
    () => undefined,
  );
}
