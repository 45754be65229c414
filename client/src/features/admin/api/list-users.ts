import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { userKeys } from './user-keys';

export type PracticeUser = components['schemas']['UserDto'];

export async function listUsers(): Promise<PracticeUser[]> {
  const { items } = await unwrap(api.GET('/api/users'));
  return items;
}

export const usersQuery = queryOptions({ queryKey: userKeys.list(), queryFn: listUsers });

export function useUsers(options: { enabled?: boolean } = {}) {
  return useQuery({ ...usersQuery, enabled: options.enabled ?? true });
}
