import type { DashboardFlag } from '../api/get-dashboard';
import { FLAG_WORDS } from '../caseload-filters';

// Line icons drawn on a 24-unit grid; decorative, since the words beside them carry the meaning.
const ICON_PATHS: Record<DashboardFlag, string> = {
  // A shield with an exclamation mark: an open alert, set apart from the item's triangle.
  safety_alert: 'M12 3l8 3v6c0 4.5-3.4 8.2-8 9-4.6-.8-8-4.5-8-9V6z M12 8v5 M12 16h.01',
  // An inbox tray: results came in from the client.
  new_results: 'M4 13h4l1.5 3h5L16 13h4 M5.5 5h13L21 13v5a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-5z',
  safety_item: 'M12 9v4 M12 17h.01 M10.3 3.9 1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
  reliably_worse: 'M3 7l6 6 4-4 8 8 M21 10v7h-7',
  no_session_30_days: 'M4 7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2z M16 3v4 M8 3v4 M4 11h16 M10 14l4 4 M14 14l-4 4',
  unsigned_notes: 'M4 20h4L18.5 9.5a2.8 2.8 0 0 0-4-4L4 16v4 M13.5 6.5l4 4',
  // An arrow turning back: the supervisor returned a note to its author.
  returned_notes: 'M9 14 4 9l5-5 M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  // A clock: a supervisee's note waits for the supervisor.
  awaiting_cosign: 'M12 7v5l3 2 M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0',
  // An hourglass: the latest scheduled questionnaire expired unanswered.
  measure_overdue: 'M6 3h12 M6 21h12 M7 3c0 5 10 5 10 9s-10 4-10 9 M17 3c0 5-10 5-10 9s10 4 10 9',
};

export function FlagIcon({ flag }: { flag: DashboardFlag }) {
  return (
    <svg
      width={14}
      height={14}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.25}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable="false"
    >
      <path d={ICON_PATHS[flag]} />
    </svg>
  );
}

/** A caseload flag: icon and words, never colour alone; a safety item stands out most. */
export function FlagBadge({ flag }: { flag: DashboardFlag }) {
  return (
    <span className="sb-flag" data-flag={flag}>
      <FlagIcon flag={flag} />
      {FLAG_WORDS[flag]}
    </span>
  );
}
