import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { currentUserKey, type CurrentUser } from './get-current-user';

export type Credentials = components['schemas']['LoginDto'];

export async function signIn(credentials: Credentials): Promise<CurrentUser> {
  const { user } = await unwrap(api.POST('/api/auth/login', { body: credentials }));
  return user;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => {
      // Nothing cached from an earlier session (perhaps another clinician's) may survive a sign-in.
      queryClient.clear();
      queryClient.setQueryData(currentUserKey, user);
    },
  });
}
