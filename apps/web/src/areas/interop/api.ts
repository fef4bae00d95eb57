import type { PartnerInput, PartnerListParams, PartnerPage } from '@cz/shared/interop';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

/** The secret is write-only: the form asks for it on every save, and it is never read back. */
export const PARTNER_CODE = /^[a-z0-9-]{2,32}$/;

const key = ['interop', 'partners'] as const;

/** A page of the partner regions by code, searched and filtered on the server. */
export function usePartners(params: PartnerListParams) {
  return useQuery({
    queryKey: [...key, params],
    queryFn: ({ signal }) => api<PartnerPage>('/interop/partners', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
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
