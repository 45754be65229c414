import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import type { PracticeUser } from './list-users';
import { userKeys } from './user-keys';

export type NewUser = components['schemas']['CreateUserDto'];

export function createUser(body: NewUser): Promise<PracticeUser> {
  return unwrap(api.POST('/api/users', { body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
