import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { Suspense, useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { PageLoader } from '../../components/page-loader';
import { IdleWarning } from './idle-warning';
import { MainNav } from './main-nav';
import { TopBar } from './top-bar';

export function AppLayout() {
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);

  // On a new page, close the mobile menu and move focus to the content, as a full page load
  // would; unless the page already put focus on its first field.
  useEffect(() => {
    close();
    if (main.current && !main.current.contains(document.activeElement)) main.current.focus({ preventScroll: true });
  }, [pathname, close]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="lg">
      {/* Here rather than at the root: only signed-in pages confirm things, and sign-in loads lighter. */}
      <Notifications position="top-right" />
      <IdleWarning />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppShell.Header>
        <TopBar navOpen={navOpen} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <MainNav />
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={main} tabIndex={-1}>
        {/* Errors in a page show inside the frame, so navigation stays in reach. */}
        <ErrorBoundary>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
