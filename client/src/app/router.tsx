import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireRole } from '../features/auth/components/require-role';
import { RequireSignIn } from '../features/auth/components/require-sign-in';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { HomeRedirect } from './home-redirect';
import { appLayoutChunk, clientPageChunk, preloadRoute } from './route-preload';

// Everything after sign-in loads on demand, so the sign-in screen stays small.
// The layout and the client page can be fetched before the first render (route-preload.ts).
const AppLayout = appLayoutChunk.lazy((m) => m.AppLayout);
const CaseloadPage = lazy(() => import('../features/caseload/components/caseload-page').then((m) => ({ default: m.CaseloadPage })));
const NewClientPage = lazy(() => import('../features/clients/components/new-client-page').then((m) => ({ default: m.NewClientPage })));
const ClientPage = clientPageChunk.lazy((m) => m.ClientPage);
const LogSessionPage = lazy(() => import('../features/sessions/components/log-session-page').then((m) => ({ default: m.LogSessionPage })));
const EditSessionPage = lazy(() => import('../features/sessions/components/edit-session-page').then((m) => ({ default: m.EditSessionPage })));
const RecordMeasurePage = lazy(() => import('../features/measures/components/record-measure-page').then((m) => ({ default: m.RecordMeasurePage })));
const SessionPage = lazy(() => import('../features/sessions/components/session-page').then((m) => ({ default: m.SessionPage })));
const ReviewsPage = lazy(() => import('../features/reviews/components/reviews-page').then((m) => ({ default: m.ReviewsPage })));
const UsersPage = lazy(() => import('../features/admin/components/users-page').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('../features/audit/components/audit-page').then((m) => ({ default: m.AuditPage })));
const NotFoundPage = lazy(() => import('./errors/not-found-page').then((m) => ({ default: m.NotFoundPage })));

// A client's record opened from the address bar: its chunks and data are requested now, not one after another.
preloadRoute(window.location.pathname, window.location.search);

// Declarative routes: the data router's loaders are not used here (TanStack Query fetches),
// and leaving them out keeps ~10 KB off the first screen.
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSignIn />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route element={<RequireRole roles={['clinician', 'supervisor']} />}>
            <Route path="caseload" element={<CaseloadPage />} />
            <Route path="clients" element={<Navigate to="/caseload" replace />} />
            <Route path="clients/new" element={<NewClientPage />} />
            <Route path="clients/:clientId" element={<ClientPage />} />
            <Route path="clients/:clientId/sessions/new" element={<LogSessionPage />} />
            <Route path="clients/:clientId/measures/new" element={<RecordMeasurePage />} />
            <Route path="sessions/:sessionId" element={<SessionPage />} />
            <Route path="sessions/:sessionId/edit" element={<EditSessionPage />} />
          </Route>
          <Route element={<RequireRole roles={['supervisor']} />}>
            <Route path="reviews" element={<ReviewsPage />} />
          </Route>
          <Route element={<RequireRole roles={['supervisor', 'admin']} />}>
            <Route path="audit" element={<AuditPage />} />
          </Route>
          <Route element={<RequireRole roles={['admin']} />}>
            <Route path="users" element={<UsersPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
