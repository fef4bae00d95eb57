import type { Booking, BookingCreateBody, BookingListParams, BookingPage, UsageBody } from '@cz/shared/booking';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type QueryParams } from '../../kit/api/client';

export const bookingKeys = {
  all: ['bookings'] as const,
  list: (p: BookingListParams) => ['bookings', 'list', p] as const,
  one: (id: number) => ['bookings', 'one', id] as const,
};

export function useBookingList(params: BookingListParams) {
  return useQuery({
    queryKey: bookingKeys.list(params),
    queryFn: ({ signal }) => api<BookingPage>('/bookings', { query: params as QueryParams, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBooking(id: number | null | undefined) {
  return useQuery({
    queryKey: bookingKeys.one(id ?? 0),
    queryFn: () => api<Booking>(`/bookings/${id}`),
    enabled: !!id && id > 0,
  });
}

/** A booking changes its order, the instrument's calendar and the notifications: all are refreshed. */
function useBookingMutation<V>(fn: (v: V) => Promise<Booking>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: bookingKeys.all }),
        qc.invalidateQueries({ queryKey: ['orders'] }),
        qc.invalidateQueries({ queryKey: ['instruments', 'availability'] }),
      ]),
  });
}

const post = (id: number, action: string, body: unknown = {}) =>
  api<Booking>(`/bookings/${id}/${action}`, { method: 'POST', body });

export const useCreateBooking = () =>
  useBookingMutation((body: BookingCreateBody) => api<Booking>('/bookings', { method: 'POST', body }));
export const useApproveBooking = () => useBookingMutation((id: number) => post(id, 'approve'));
export const useRejectBooking = () =>
  useBookingMutation(({ id, reason }: { id: number; reason: string }) => post(id, 'reject', { reason }));
export const useCancelBooking = () =>
  useBookingMutation(({ id, reason }: { id: number; reason: string }) => post(id, 'cancel', { reason }));
export const useRescheduleBooking = () =>
  useBookingMutation(({ id, start, end }: { id: number; start: string; end: string }) =>
    post(id, 'reschedule', { start, end }),
  );
export const useNoShowBooking = () => useBookingMutation((id: number) => post(id, 'no-show'));
export const useRecordUsage = () =>
  useBookingMutation(({ id, body }: { id: number; body: UsageBody }) => post(id, 'usage', body));
