import type { Role } from '@cz/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';
import type { UserPage } from '../../kit/types';

export type UserListParams = { page?: number; pageSize?: number; q?: string; role?: Role };

export function useUserList(params: UserListParams) {
  return useQuery({
    queryKey: ['users', params],
    queryFn: ({ signal }) => api<UserPage>('/users', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export type NewUserBody = {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  department?: string | undefined;
  orgId?: number | undefined;
};

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUserBody) => api<{ id: number }>('/users', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number; status?: 'active' | 'disabled'; unlock?: boolean }) =>
      api<{ ok: true }>(`/users/${id}`, { method: 'PATCH', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export type FoundUser = { id: number; username: string; displayName: string; orgName: string | null };

/** One active user by exact username (providers recording training, admins); user.not_found otherwise. */
export function lookupUser(username: string): Promise<FoundUser> {
  return api<FoundUser>('/users/lookup', { query: { username } });
}
