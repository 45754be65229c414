import { InvalidInput } from './errors';

/** `from` after `to` is a 400 naming `from`, for every endpoint that takes a date range. */
export function checkDateRange(q: { from?: string; to?: string }): void {
  if (q.from && q.to && q.from > q.to) throw new InvalidInput([{ field: 'from', problem: 'must not be after to' }]);
}
