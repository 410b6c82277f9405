/**
 * The route table. Every page but home is its own chunk, so a visit pays only for the
 * pages it opens (the quantization lab, with tfjs, most of all).
 */
import { lazy, type ComponentType } from 'react';
import type { NatQuestion } from '@/content-model/schema';
import { HomePage } from './pages/HomePage';

const BankPage = lazy(() => import('./pages/BankPage'));
const QuestionPage = lazy(() => import('./pages/QuestionPage'));
const PracticePage = lazy(() => import('@/features/quiz/PracticePage'));
const PracticeSessionPage = lazy(() => import('@/features/quiz/PracticeSessionPage'));
const SessionSummaryPage = lazy(() => import('@/features/quiz/SessionSummaryPage'));
const ExamPage = lazy(() => import('@/features/quiz/exam/ExamPage'));
const ExamRunPage = lazy(() => import('@/features/quiz/exam/ExamRunPage'));
const ExamResultsPage = lazy(() => import('@/features/quiz/exam/ExamResultsPage'));
const ReviewPage = lazy(() => import('@/features/review/ReviewPage'));
const StatsPage = lazy(() => import('@/features/stats/StatsPage'));
const LibraryPage = lazy(() => import('@/features/library/LibraryPage'));
const FormatGuidePage = lazy(() => import('./pages/FormatGuidePage'));
const SearchPage = lazy(() => import('@/features/search/SearchPage'));
const CalculatorsPage = lazy(() => import('@/features/calculators/CalculatorsPage'));
const LabPage = lazy(() => import('@/features/lab/LabPage'));

/** Questions made in the calculators and the lab go to the user's "My questions" bank. */
const addToDeck = (question: NatQuestion) =>
  void import('@/content-model/library').then(({ useLibrary }) => useLibrary.getState().addToDeck(question, Date.now()));
const Calculators = () => <CalculatorsPage onMakeQuestion={addToDeck} />;
const Lab = () => <LabPage onMakeQuestion={addToDeck} />;

export interface RouteDef {
  path: string;
  component: ComponentType;
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
  { path: '/flashcards', component: lazy(() => import('@/features/flashcards/FlashcardsPage')), nav: 'Flashcards' },
  { path: '/flashcards/study', component: lazy(() => import('@/features/flashcards/StudyPage')) },
  { path: '/flashcards/print', component: lazy(() => import('@/features/flashcards/PrintPage')) },
  { path: '/calculators', component: Calculators, nav: 'Calculators' },
  { path: '/calculators/:calc', component: Calculators },
  { path: '/lab', component: Lab, nav: 'Quant lab' },
  { path: '/stats', component: StatsPage, nav: 'Stats' },
  { path: '/library', component: LibraryPage, nav: 'My banks' },
  { path: '/help/bank-format', component: FormatGuidePage },
  { path: '/bank/:bankId', component: BankPage },
  { path: '/q/:questionId', component: QuestionPage },
];
