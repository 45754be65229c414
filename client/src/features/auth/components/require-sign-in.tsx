import { Button } from '@mantine/core';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { describeError, errorTitle } from '../../../lib/error-messages';
import { useCurrentUser } from '../api/get-current-user';
import { signInPath } from '../return-to';
import { SignInExpiryWatcher } from './sign-in-expiry-watcher';

/** The gate to every signed-in page: not signed in, go to sign-in and come back here afterwards. */
export function RequireSignIn() {
  const location = useLocation();
  const { data: user, isPending, error, refetch, isFetching } = useCurrentUser();

  if (isPending) return <PageLoader fullScreen label="Opening SecureBase…" />;
  if (error) {
    return (
      <ErrorPanel
        title={errorTitle(error)}
        message={describeError(error)}
        actions={
          <Button onClick={() => void refetch()} loading={isFetching}>
            Try again
          </Button>
        }
      />
    );
  }
  if (!user) return <Navigate to={signInPath(location.pathname + location.search)} replace />;

  return (
    <>
      <SignInExpiryWatcher />
      <Suspense fallback={<PageLoader fullScreen />}>
        <Outlet />
      </Suspense>
    </>
  );
}
