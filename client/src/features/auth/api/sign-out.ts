import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../../lib/api';
import { signInPath } from '../return-to';
import { currentUserKey } from './get-current-user';

export async function signOut(): Promise<void> {
  await unwrap(api.POST('/api/auth/logout'));
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    // Whether or not the server answered, this browser forgets everything it held. Navigating
    // first means the signed-in screens are gone before their data is.
    onSettled: () => {
      void navigate(signInPath(undefined, 'signed-out'), { replace: true });
      queryClient.clear();
      queryClient.setQueryData(currentUserKey, null);
    },
  });
}
