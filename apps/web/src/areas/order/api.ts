import type { reasonSchema } from '@cz/shared/common/schemas';
import type {
  deliverSchema,
  disputeSchema,
  Order,
  OrderListParams,
  OrderPage,
  orderCreateSchema,
  quoteSchema,
  rateSchema,
  resolveDisputeSchema,
} from '@cz/shared/order';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';
import type { InferInput } from '../../kit/types';

export const orderKeys = {
  all: ['orders'] as const,
  list: (p: OrderListParams) => ['orders', 'list', p] as const,
  one: (id: number) => ['orders', 'one', id] as const,
};

export function useOrderList(params: OrderListParams) {
  return useQuery({
    queryKey: orderKeys.list(params),
    queryFn: ({ signal }) => api<OrderPage>('/orders', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOrder(id: number | undefined) {
  return useQuery({
    queryKey: orderKeys.one(id ?? 0),
    queryFn: () => api<Order>(`/orders/${id}`),
    enabled: id !== undefined && id > 0,
  });
}

export function useCreateOrder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: InferInput<typeof orderCreateSchema>) => api<Order>('/orders', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: orderKeys.all }),
  });
}

/**
 * One step of the order life cycle: POST /orders/:id/<action> with the step's body, as the shared schemas accept
 * it. The accept body is declared in the server's route only (not in @cz/shared), so it is spelled out here.
 */
export type OrderStep =
  | { action: 'quote'; body: InferInput<typeof quoteSchema> }
  | { action: 'reject'; body: InferInput<typeof reasonSchema> }
  | {
      action: 'accept';
      body?: { vouchers: number[]; partnerVoucher?: { region: string; number: string; code: string } };
    }
  | { action: 'cancel'; body: InferInput<typeof reasonSchema> }
  | { action: 'start' }
  | { action: 'deliver'; body: InferInput<typeof deliverSchema> }
  | { action: 'accept-delivery' }
  | { action: 'dispute'; body: InferInput<typeof disputeSchema> }
  | { action: 'resolve'; body: InferInput<typeof resolveDisputeSchema> }
  | { action: 'rating'; body: InferInput<typeof rateSchema> };

export function useOrderStep(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (step: OrderStep) =>
      api<Order>(`/orders/${id}/${step.action}`, { method: 'POST', body: 'body' in step ? (step.body ?? {}) : {} }),
    onSuccess: (order) => {
      qc.setQueryData(orderKeys.one(id), (prev: Order | undefined) => ({ ...prev, ...order }));
      return Promise.all([
        qc.invalidateQueries({ queryKey: orderKeys.all }),
        qc.invalidateQueries({ queryKey: ['bookings'] }),
        // Accepting with vouchers holds them; completing or cancelling settles or releases the holds.
        qc.invalidateQueries({ queryKey: ['vouchers'] }),
      ]);
    },
  });
}
