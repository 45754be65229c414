import { Button } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorPanel } from '../../components/error-panel';
import { usePageTitle } from '../../components/use-page-title';
import { describeError, errorTitle } from '../../lib/error-messages';

/** The error boundary of every route: plain words, a way forward, no stack trace. */
export function RouteErrorPage() {
  const error = useRouteError();
  usePageTitle('Something went wrong');

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <ErrorPanel title="Page not found" message="There is no page at this address. Check the link and try again." />;
  }

  return (
    <ErrorPanel
      title={errorTitle(error)}
      message={describeError(error)}
      actions={
        <>
          <Button onClick={() => window.location.reload()}>Reload the page</Button>
          <Button component={Link} to="/" variant="default" reloadDocument>
            Go to the start page
          </Button>
        </>
      }
    />
  );
}
