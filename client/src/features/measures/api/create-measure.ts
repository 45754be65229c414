import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import { clientKeys } from '../../clients/api/client-keys';
import { progressKeys } from '../../progress/api/progress-keys';
import type { Measure } from '../measure-groups';
import type { MeasureBody } from '../measure-form';
import { measureKeys } from './measure-keys';

/** Records one measure; the server scores it (the same shared scorer as the preview). */
export function createMeasure(clientId: string, body: MeasureBody): Promise<Measure> {
  return unwrap(api.POST('/api/clients/{id}/measures', { params: { path: { id: clientId } }, body }));
}

export function useCreateMeasure(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeasureBody) => createMeasure(clientId, body),
    // A new score moves the Questionnaires tab, the client's charts and the caseload's flags (reliably worse,
    // safety item; the dashboard's key sits under clientKeys.lists()). Each of those is refetched once.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: measureKeys.list(clientId) }),
        queryClient.invalidateQueries({ queryKey: progressKeys.client(clientId) }),
        queryClient.invalidateQueries({ queryKey: clientKeys.lists() }),
      ]),
  });
}
