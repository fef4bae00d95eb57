import type { Partner, PartnerInput } from '@cz/shared/interop';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../kit/api/client';

/** The secret is write-only: the form asks for it on every save, and it is never read back. */
export const PARTNER_CODE = /^[a-z0-9-]{2,32}$/;

const key = ['interop', 'partners'] as const;

export function usePartners() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<{ items: Partner[] }>('/interop/partners', { signal }).then((r) => r.items),
  });
}

export function useSavePartner() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerInput) =>
      api<{ ok: true }>(`/interop/partners/${encodeURIComponent(body.code)}`, { method: 'PUT', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}
