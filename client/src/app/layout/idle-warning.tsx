import { useInterval } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { idlePhase, lastServerActivity, type IdlePhase } from '../../lib/idle';
import { reportSignInExpired } from '../../lib/sign-in-expiry';

// The dialog (and Mantine's modal machinery) loads only when it is needed, not with every page.
const IdleWarningDialog = lazy(() => import('./idle-warning-dialog').then((m) => ({ default: m.IdleWarningDialog })));

/**
 * Watches the idle clock: a "Stay signed in" dialog two minutes ahead, sign-in at the limit
 * (docs/screens.md, "Idle sign-out").
 */
export function IdleWarning() {
  const [state, setState] = useState<IdlePhase>({ phase: 'active' });

  useInterval(
    () => {
      const next = idlePhase(lastServerActivity(), Date.now());
      if (next.phase === 'expired') reportSignInExpired();
      // Re-render only when something on screen changes, not every second while active.
      setState((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
    },
    1000,
    { autoInvoke: true },
  );

  if (state.phase !== 'warning') return null;
  return (
    <Suspense fallback={null}>
      <IdleWarningDialog secondsLeft={state.secondsLeft} onStayed={() => setState({ phase: 'active' })} />
    </Suspense>
  );
}
