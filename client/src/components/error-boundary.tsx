import { Button } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { describeError, errorTitle } from '../lib/error-messages';
import { ErrorPanel } from './error-panel';

interface BoundaryProps {
  /** A new key (the next page) clears the error, so navigating away recovers. */
  resetKey: string;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { error: unknown; failed: boolean }> {
  state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  componentDidUpdate(previous: BoundaryProps) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ error: null, failed: false });
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // For whoever opens the browser console; the page itself only ever shows plain words.
    console.error('SecureBase page error', error, info.componentStack);
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorPanel
        title={errorTitle(this.state.error)}
        message={describeError(this.state.error)}
        actions={
          <>
            <Button onClick={() => window.location.reload()}>Reload the page</Button>
            <Button component="a" href="/" variant="default">
              Go to the start page
            </Button>
          </>
        }
      />
    );
  }
}

/** What went wrong, in plain words, instead of a blank screen or a stack trace. */
export function ErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary resetKey={pathname}>{children}</Boundary>;
}
