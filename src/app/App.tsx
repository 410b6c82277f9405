import { Suspense } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { QuestionSourceContext } from '@/components/question/source-context';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { Layout } from './Layout';
import { NotFoundPage } from './pages/NotFoundPage';
import { appSource } from './app-source';
import { routes } from './routes';

function Pages() {
  const [location] = useLocation();
  return (
    <ErrorBoundary resetKey={location}>
      <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
        <Switch>
          {routes.map((r) => (
            <Route key={r.path} path={r.path} component={r.component} />
          ))}
          <Route component={NotFoundPage} />
        </Switch>
      </Suspense>
    </ErrorBoundary>
  );
}

export function App() {
  return (
    <QuestionSourceContext value={appSource}>
      <Router>
        <Layout>
          <Pages />
        </Layout>
      </Router>
    </QuestionSourceContext>
  );
}
