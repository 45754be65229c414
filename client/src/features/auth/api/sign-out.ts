import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../../lib/api';
import { browserDraftStorage, removeAllDrafts } from '../../../lib/local-draft';
import { signInPath } from '../return-to';

export async function signOut(): Promise<void> {
  // An explicit sign-out forgets unsaved drafts in this browser (shared computers); a sign-out
  // for inactivity does not come through here, so those drafts are restored on return.
  removeAllDrafts(browserDraftStorage() as Storage | null);
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
