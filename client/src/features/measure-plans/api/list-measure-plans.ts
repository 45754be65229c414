import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { measurePlanKeys } from './measure-plan-keys';

export type MeasurePlan = components['schemas']['MeasurePlanDto'];
export type MeasurePlanCadence = components['schemas']['MeasurePlanCadence'];

export function listMeasurePlans(clientId: string): Promise<MeasurePlan[]> {
  return unwrap(api.GET('/api/clients/{id}/measure-plans', { params: { path: { id: clientId } } })).then((list) => list.items);
}

export function useMeasurePlans(clientId: string) {
  return useQuery({ queryKey: measurePlanKeys.list(clientId), queryFn: () => listMeasurePlans(clientId) });
}
