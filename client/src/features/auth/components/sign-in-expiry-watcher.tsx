import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onSignInExpired } from '../../../lib/sign-in-expiry';
import { signInPath } from '../return-to';

/**
 * When any call answers 401, go to sign-in saying why, and return to this page afterwards.
 * The sign-in page then forgets the cached user and everything the signed-in pages showed.
 */
export function SignInExpiryWatcher() {
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef('');
  here.current = location.pathname + location.search;

  useEffect(() => onSignInExpired(() => void navigate(signInPath(here.current, 'expired'), { replace: true })), [navigate]);

  return null;
}
