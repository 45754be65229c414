import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import type { PracticeUser } from './list-users';
import { userKeys } from './user-keys';

export type UserUpdate = components['schemas']['UpdateUserDto'];

export function updateUser(id: string, body: UserUpdate): Promise<PracticeUser> {
  return unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
}

/** Also deactivation and reactivation: `{active: false}` ends the person's sessions at once. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UserUpdate }) => updateUser(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
