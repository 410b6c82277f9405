import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Changing it clears the error (e.g. the current path, so navigating away recovers). */
  resetKey?: string;
  /** Shown instead of the page-level message: for an optional part whose failure should not take the page with it. */
  fallback?: ReactNode;
}
interface State {
  error: Error | null;
}

/** Keeps one broken page from taking down the app; says what happened and offers a way on. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: Props) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('TinyPrep page error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.fallback !== undefined) return this.props.fallback;
    const offline = /dynamically imported module|Failed to fetch|Importing a module script failed/i.test(error.message);
    return (
      <section className="panel error-panel" role="alert">
        <h1>This page could not be shown</h1>
        <p>{offline ? 'Part of the app could not be downloaded. Check the connection, then reload.' : error.message}</p>
        <p>Your progress is saved and was not touched.</p>
        <div className="row">
          <button type="button" className="btn primary" onClick={() => location.reload()}>
            Reload
          </button>
          <a className="btn" href="/">
            Go to the home page
          </a>
        </div>
      </section>
    );
  }
}
