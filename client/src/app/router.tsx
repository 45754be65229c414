import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { RequireRole } from '../features/auth/components/require-role';
import { RequireSession } from '../features/auth/components/require-session';
import { HomeRedirect } from './home-redirect';
import { RouteErrorPage } from './errors/route-error-page';

// Everything after sign-in loads on demand, so the sign-in screen stays small.
const AppLayout = lazy(() => import('./layout/app-layout').then((m) => ({ default: m.AppLayout })));
const CaseloadPage = lazy(() =>
  import('../features/caseload/components/caseload-page').then((m) => ({ default: m.CaseloadPage })),
);
const NewClientPage = lazy(() =>
  import('../features/clients/components/new-client-page').then((m) => ({ default: m.NewClientPage })),
);
const ClientPage = lazy(() =>
  import('../features/clients/components/client-page').then((m) => ({ default: m.ClientPage })),
);
const UsersPage = lazy(() => import('../features/admin/components/users-page').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('../features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })));
const NotFoundPage = lazy(() => import('./errors/not-found-page').then((m) => ({ default: m.NotFoundPage })));

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorPage /> },
  {
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            // Errors in a page show inside the frame, so navigation stays in reach.
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, element: <HomeRedirect /> },
              {
                element: <RequireRole roles={['clinician', 'supervisor']} />,
                children: [
                  { path: 'caseload', element: <CaseloadPage /> },
                  { path: 'clients', element: <Navigate to="/caseload" replace /> },
                  { path: 'clients/new', element: <NewClientPage /> },
                  { path: 'clients/:clientId', element: <ClientPage /> },
                ],
              },
              {
                element: <RequireRole roles={['supervisor', 'admin']} />,
                children: [{ path: 'audit', element: <AuditPage /> }],
              },
              {
                element: <RequireRole roles={['admin']} />,
                children: [{ path: 'users', element: <UsersPage /> }],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
