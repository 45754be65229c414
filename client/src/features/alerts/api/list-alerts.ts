import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { alertKeys } from './alert-keys';

export type SafetyAlert = components['schemas']['AlertDto'];

/** The client's open safety alerts: each stays until a clinician resolves it with a note. */
export function listOpenAlerts(clientId: string): Promise<SafetyAlert[]> {
  return unwrap(api.GET('/api/clients/{id}/alerts', { params: { path: { id: clientId }, query: { status: 'open' } } })).then((page) => page.items);
}

export function useOpenAlerts(clientId: string) {
  return useQuery({ queryKey: alertKeys.open(clientId), queryFn: () => listOpenAlerts(clientId) });
}
