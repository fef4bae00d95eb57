import { shanghaiInstant } from '@cz/shared';
import type { TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';

/** An instant on a Shanghai date at a wall-clock time ("10:30"), as the API takes it. */
export const at = (date: string, hm: string) => {
  const [h, m] = hm.split(':').map(Number) as [number, number];
  return shanghaiInstant(date, h * 60 + m).toISOString();
};

/** The request client of the booking tests, and a booking request between two wall-clock times of a date. */
export function bookingKit(app: () => TestApp) {
  const api = client(app);
  const book = (cookie: string, instrumentId: number, date: string, from: string, to: string) =>
    api.post(
      '/api/v1/bookings',
      { instrumentId, start: at(date, from), end: at(date, to), purpose: '示例测试' },
      { as: cookie },
    );
  return { api, book };
}
