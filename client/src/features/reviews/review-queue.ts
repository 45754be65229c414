// Words and order for the review queue (docs/screens.md, "Review queue").

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * How long a session has waited for co-signature, in the largest whole unit that reads naturally:
 * "under a minute", "40 minutes", "5 hours", "3 days". Hours up to two days, since "1 day" hides
 * whether it came in this morning or yesterday evening.
 */
export function waitedFor(submittedAt: string, now: Date): string {
  const waited = Math.max(0, now.getTime() - Date.parse(submittedAt));
  if (waited < MINUTE_MS) return 'under a minute';
  if (waited < HOUR_MS) return plural(Math.floor(waited / MINUTE_MS), 'minute');
  if (waited < 2 * DAY_MS) return plural(Math.floor(waited / HOUR_MS), 'hour');
  return plural(Math.floor(waited / DAY_MS), 'day');
}

/** The supervisees who have sessions waiting, each once, by name: the queue's filter choices. */
export function superviseesIn(items: readonly { clinicianId: string }[], nameOf: (id: string) => string | null): { value: string; label: string }[] {
  const ids = [...new Set(items.map((i) => i.clinicianId))];
  return ids.map((id) => ({ value: id, label: nameOf(id) ?? 'A colleague' })).sort((a, b) => a.label.localeCompare(b.label));
}
