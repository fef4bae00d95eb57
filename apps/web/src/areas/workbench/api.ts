import type { Workbench } from '@cz/shared/workbench';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../kit/api/client';

export const workbenchKeys = { all: ['workbench'] as const };

/** What waits for me, refreshed when the page is shown again. */
export function useWorkbench() {
  return useQuery({
    queryKey: workbenchKeys.all,
    queryFn: ({ signal }) => api<Workbench>('/workbench', { signal }),
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}
