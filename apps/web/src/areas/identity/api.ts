import type {
  CreatedUser,
  FoundUser,
  NewUserBody,
  PasswordResetIssued,
  UserListParams,
  UserPage,
  updateUserBodySchema,
} from '@cz/shared/identity';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';
import type { InferInput } from '../../kit/types';

export function useUserList(params: UserListParams) {
  return useQuery({
    queryKey: ['users', params],
    queryFn: ({ signal }) => api<UserPage>('/users', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewUserBody) => api<CreatedUser>('/users', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & InferInput<typeof updateUserBodySchema>) =>
      api<{ ok: true }>(`/users/${id}`, { method: 'PATCH', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** A one-time password-reset link for a user (emailed too when the server can). */
export function useIssuePasswordReset() {
  return useMutation({
    mutationFn: (id: number) => api<PasswordResetIssued>(`/users/${id}/password-reset`, { method: 'POST', body: {} }),
  });
}

/** One active user by exact username (providers recording training, admins); user.not_found otherwise. */
export function lookupUser(username: string): Promise<FoundUser> {
  return api<FoundUser>('/users/lookup', { query: { username } });
}
