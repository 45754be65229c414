import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onSessionExpired } from '../../../lib/session-expiry';
import { currentUserKey } from '../api/get-current-user';
import { signInPath } from '../return-to';

/** When any call answers 401, go to sign-in saying why, and return to this page afterwards. */
export function SessionExpiryWatcher() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const location = useLocation();
  const here = useRef('');
  here.current = location.pathname + location.search;

  useEffect(
    () =>
      onSessionExpired(() => {
        void Promise.resolve(navigate(signInPath(here.current, 'expired'), { replace: true })).then(() => {
          // Only once the clinical screens are gone: forget what they showed.
          queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserKey[0] });
          queryClient.setQueryData(currentUserKey, null);
        });
      }),
    [navigate, queryClient],
  );

  return null;
}
