import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { progressKeys } from './progress-keys';

export type Instrument = components['schemas']['InstrumentDto'];

/**
 * The questionnaire catalogue (bands, scale ranges, which way is better). Read from the API rather
 * than imported from @securebase/shared, so the instrument definitions stay out of the caseload's JS.
 */
export function listInstruments(): Promise<Instrument[]> {
  return unwrap(api.GET('/api/instruments'));
}

export function instrumentsQuery() {
  // The catalogue changes only with a release.
  return queryOptions({ queryKey: progressKeys.instruments(), queryFn: listInstruments, staleTime: Infinity });
}

export function useInstruments() {
  return useQuery(instrumentsQuery());
}
