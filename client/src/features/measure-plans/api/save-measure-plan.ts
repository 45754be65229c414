import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { invitationKeys } from '../../invitations/api/invitation-keys';
import { prepKeys } from '../../prep/api/get-prep';
import type { MeasurePlan } from './list-measure-plans';
import { measurePlanKeys } from './measure-plan-keys';

export type NewMeasurePlan = components['schemas']['CreateMeasurePlanDto'];
export type MeasurePlanChange = components['schemas']['UpdateMeasurePlanDto'];

export function createMeasurePlan(clientId: string, body: NewMeasurePlan): Promise<MeasurePlan> {
  return unwrap(api.POST('/api/clients/{id}/measure-plans', { params: { path: { id: clientId } }, body }));
}

export function updateMeasurePlan(id: string, body: MeasurePlanChange): Promise<MeasurePlan> {
  return unwrap(api.PATCH('/api/measure-plans/{id}', { params: { path: { id } }, body }));
}

/**
 * After a plan changes: the plans, the links and "what is due next" are read again. The server makes
 * a link due today just after answering, so the links are read once more a moment later.
 */
function refreshAfterChange(queryClient: QueryClient, clientId: string) {
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: measurePlanKeys.list(clientId) }),
      queryClient.invalidateQueries({ queryKey: invitationKeys.list(clientId) }),
      queryClient.invalidateQueries({ queryKey: prepKeys.client(clientId) }),
    ]);
  setTimeout(() => void refresh(), 2000);
  return refresh();
}

export function useCreateMeasurePlan(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewMeasurePlan) => createMeasurePlan(clientId, body),
    onSuccess: () => refreshAfterChange(queryClient, clientId),
  });
}

export function useUpdateMeasurePlan(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: MeasurePlanChange & { id: string }) => updateMeasurePlan(id, body),
    onSuccess: () => refreshAfterChange(queryClient, clientId),
  });
}
