import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { reviewKeys } from './review-keys';

export type ReviewItem = components['schemas']['ReviewItemDto'];

// A supervisor's queue is short; one page of the largest size holds it, oldest first.
const QUEUE_LIMIT = 200;

export function listReviews(clinicianId: string | null): Promise<ReviewItem[]> {
  return unwrap(api.GET('/api/reviews', { params: { query: { limit: QUEUE_LIMIT, clinicianId: clinicianId ?? undefined } } })).then(
    (page) => page.items,
  );
}

export function reviewsQuery(clinicianId: string | null = null) {
  // Fresh for a minute: the navigation's count need not poll, and a co-sign or return refreshes it.
  return queryOptions({ queryKey: reviewKeys.list(clinicianId), queryFn: () => listReviews(clinicianId), staleTime: 60_000 });
}

/** The caller's queue as a supervisor; `enabled` false for anyone else (their queue is always empty). */
export function useReviews(clinicianId: string | null = null, enabled = true) {
  return useQuery({ ...reviewsQuery(clinicianId), enabled });
}
