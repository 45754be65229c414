// The one HTTP client. Types come from api-types.ts, generated from the server's openapi.json
// (`npm run api-types -w client`); nothing here restates an API shape by hand.
import createClient, { type Middleware } from 'openapi-fetch';
import { apiErrorFrom } from './api-error';
import type { paths } from './api-types';
import { noteServerActivity } from './idle';
import { reportSignInExpired } from './sign-in-expiry';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// On these a 401 is an answer (wrong password, not signed in yet), not a sign-in that ended.
const SIGN_IN_PROBES = new Set(['/api/auth/login', '/api/auth/me']);

const clinicHeaders: Middleware = {
  onRequest({ request }) {
    // The server refuses state-changing requests that are not JSON (its CSRF defence), even bodiless ones.
    if (STATE_CHANGING.has(request.method)) request.headers.set('Content-Type', 'application/json');
    request.headers.set('Accept', 'application/json');
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401) {
      if (!SIGN_IN_PROBES.has(new URL(request.url).pathname)) reportSignInExpired();
    } else {
      // Every answered request slides the server's idle deadline.
      noteServerActivity();
    }
    return undefined;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(clinicHeaders);

interface Answer<D> {
  data?: D;
  error?: unknown;
  response: Response;
}

/** Resolves to the success body, or throws an ApiError built from the failure. */
export async function unwrap<D>(request: Promise<Answer<D>>): Promise<D> {
  const { data, error, response } = await request;
  if (!response.ok) throw apiErrorFrom(response.status, error, response.headers);
  return data as D;
}
