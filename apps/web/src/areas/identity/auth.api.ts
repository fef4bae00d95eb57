import type {
  changePasswordBodySchema,
  LoginBody,
  LoginReply,
  Me,
  PasswordResetInfo,
  PortalSettings,
  RegisterBody,
  SessionReply,
} from '@cz/shared/identity';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../app/i18n';
import { api } from '../../kit/api/client';
import type { InferInput } from '../../kit/types';

export const meKey = ['me'] as const;

/** The logged-in user, or null when logged out; /auth/session answers 200 either way (no 401 in a visitor's log). */
export async function fetchMe(): Promise<Me | null> {
  return (await api<SessionReply>('/auth/session')).me;
}

export function useMeQuery() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

export const authApi = {
  login: (body: LoginBody) => api<LoginReply>('/auth/login', { method: 'POST', body }),
  logout: () => api<{ ok: true }>('/auth/logout', { method: 'POST', body: {} }),
  register: (body: RegisterBody) => api<Me>('/auth/register', { method: 'POST', body }),
  saveLocale: (locale: Locale) => api<{ ok: true }>('/auth/locale', { method: 'PUT', body: { locale } }),
  inspectReset: (token: string) =>
    api<PasswordResetInfo>('/auth/password-reset/inspect', { method: 'POST', body: { token } }),
  completeReset: (token: string, newPassword: string) =>
    api<{ ok: true }>('/auth/password-reset', { method: 'POST', body: { token, newPassword } }),
};

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: InferInput<typeof changePasswordBodySchema>) =>
      api<{ ok: true }>('/auth/password', { method: 'POST', body }),
  });
}

/** What this installation shows everyone (a demonstration or not); asked once per page load. */
export function usePortalSettings() {
  return useQuery({
    queryKey: ['portal-settings'],
    queryFn: () => api<PortalSettings>('/auth/settings'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useRefreshMe() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: meKey });
}
