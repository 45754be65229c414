import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';

export type Colleague = components['schemas']['ColleagueDto'];

/** The practice's clinicians and supervisors by name; they change rarely, so five minutes fresh. */
export function colleaguesQuery() {
  return queryOptions({
    queryKey: ['colleagues'] as const,
    queryFn: async () => (await unwrap(api.GET('/api/colleagues'))).items,
    staleTime: 5 * 60_000,
  });
}

export function useColleagues() {
  return useQuery(colleaguesQuery());
}

/** A colleague's name by id: null until the list has loaded, or for an id outside the practice. */
export function useColleagueName(): (id: string) => string | null {
  const { data } = useColleagues();
  return (id) => data?.find((c) => c.id === id)?.displayName ?? null;
}
