/**
 * The route table. Every page but home is its own chunk, so a visit pays only for the
 * pages it opens (the quantization lab, with tfjs, most of all). `preloadRoute` starts the
 * chunk of the page being opened while React itself is still loading.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';
import type { NatQuestion } from '@/content-model/schema';
import { HomePage } from './pages/HomePage';

type Loader = () => Promise<{ default: ComponentType<never> }>;

/**
 * A lazy page plus its loader, so the loader can be called early. Once loaded, the page renders
 * directly instead of through `lazy`: a first render that suspends would paint "Loading…" and
 * React would then hold the real page back for its Suspense throttle (300 ms).
 */
function page<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((m) => {
      loaded = m.default;
      return m;
    });
  const Lazy = lazy(preload);
  // The choice is made once per mount: switching from Lazy to the loaded component later would be
  // a different element type, and React would remount the page (losing its state).
  const Page = (props: P) => {
    const [Component] = useState(() => loaded ?? Lazy);
    return createElement(Component, props);
  };
  return Object.assign(Page, { preload: preload as Loader });
}

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
const Calculators = Object.assign(() => <CalculatorsPage onMakeQuestion={addToDeck} />, { preload: CalculatorsPage.preload });
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
