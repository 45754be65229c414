import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../../lib/api';
import { signInPath } from '../return-to';

export async function signOut(): Promise<void> {
  await unwrap(api.POST('/api/auth/logout'));
}

export function useSignOut() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    // Whether or not the server answered, leave. The sign-in page then forgets everything this
    // tab held; doing it there means no signed-in screen ever renders without its user.
    onSettled: () => void navigate(signInPath(undefined, 'signed-out'), { replace: true }),
  });
}
