import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { measureKeys } from './measure-keys';

export type MeasurePage = components['schemas']['MeasureListDto'];

/** The most the API gives per page: a client's questionnaires are few, and all are needed for change. */
export const MEASURE_PAGE_SIZE = 200;

export function listMeasures(clientId: string, cursor?: string): Promise<MeasurePage> {
  return unwrap(
    api.GET('/api/clients/{id}/measures', {
      params: { path: { id: clientId }, query: { limit: MEASURE_PAGE_SIZE, cursor } },
    }),
  );
}

/** Every measure of every instrument, a page at a time (newest entered first). */
export function measureListQuery(clientId: string) {
  return infiniteQueryOptions({
    queryKey: measureKeys.list(clientId),
    queryFn: ({ pageParam }) => listMeasures(clientId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMeasureList(clientId: string) {
  return useInfiniteQuery(measureListQuery(clientId));
}
