import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { hasCode } from '../../../lib/api-error';
import type { components } from '../../../lib/api-types';

export type CurrentUser = components['schemas']['UserDto'];

export const currentUserKey = ['auth', 'me'] as const;

/** The signed-in user, or null when there is no session (a 401 here is an answer, not a failure). */
export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    const { user } = await unwrap(api.GET('/api/auth/me'));
    return user;
  } catch (error) {
    if (hasCode(error, 'unauthenticated')) return null;
    throw error;
  }
}

export const currentUserQuery = queryOptions({
  queryKey: currentUserKey,
  queryFn: fetchCurrentUser,
  // The session is known from sign-in on; an expiry is learnt from any other call's 401.
  staleTime: Infinity,
});

export function useCurrentUser() {
  return useQuery(currentUserQuery);
}

/** The user inside the signed-in part of the app, where RequireSignIn guarantees one. */
export function useSignedInUser(): CurrentUser {
  const { data } = useQuery(currentUserQuery);
  if (!data) throw new Error('useSignedInUser used outside a signed-in route');
  return data;
}
