import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditAction } from '@securebase/shared';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';

export type AuditEvent = components['schemas']['AuditEventDto'];
export type AuditPage = components['schemas']['AuditListDto'];

export interface AuditFilters {
  action: AuditAction | '';
  /** First and last day included, `YYYY-MM-DD`, or '' for open-ended. */
  from: string;
  to: string;
}

export function listAuditEvents(filters: AuditFilters, cursor?: string): Promise<AuditPage> {
  return unwrap(
    api.GET('/api/audit', {
      params: {
        query: {
          action: filters.action || undefined,
          from: filters.from || undefined,
          to: filters.to || undefined,
          cursor,
          limit: 100,
        },
      },
    }),
  );
}

export function auditEventsQuery(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: ['audit', filters] as const,
    queryFn: ({ pageParam }) => listAuditEvents(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // An audit trail is read as it stands now; nothing here is edited.
    staleTime: 0,
  });
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({ ...auditEventsQuery(filters), placeholderData: keepPreviousData });
}
