import { useId } from 'react';
import { formatInstant, localCalendarDate, relativeDate } from '../../../lib/dates';

/**
 * "8 days ago", with the exact date and time on hover and on keyboard focus (a small tooltip of
 * our own: the caseload loads no positioning library). Screen readers hear it as the description.
 */
export function LastSession({ at, today }: { at: string; today: string }) {
  const tipId = useId();
  const exact = formatInstant(at);
  return (
    <span className="sb-exact" tabIndex={0} aria-describedby={tipId}>
      <time dateTime={at}>{relativeDate(localCalendarDate(new Date(at)), today)}</time>
      <span className="sb-exact-tip" role="tooltip" id={tipId}>
        {exact}
      </span>
    </span>
  );
}
