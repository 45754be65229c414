import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { clientKeys } from '../../clients/api/client-keys';

export type Dashboard = components['schemas']['DashboardDto'];
export type DashboardRow = components['schemas']['DashboardRowDto'];
export type DashboardFlag = components['schemas']['DashboardFlag'];
export type TrendPoint = components['schemas']['TrendPointDto'];

// Under the client lists' key: whatever refreshes the caseload (a session saved, a client added or
// discharged) refreshes the dashboard too.
export const dashboardKey = [...clientKeys.lists(), 'dashboard'] as const;

/** The caller's active clients with last session, sessions in 30 days, goal trend and flags. */
export function getDashboard(): Promise<Dashboard> {
  return unwrap(api.GET('/api/dashboard'));
}

export function dashboardQuery() {
  return queryOptions({ queryKey: dashboardKey, queryFn: getDashboard });
}

export function useDashboard(enabled = true) {
  return useQuery({ ...dashboardQuery(), enabled });
}
