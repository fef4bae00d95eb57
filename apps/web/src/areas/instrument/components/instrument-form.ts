import { type InstrumentInput, type OpeningHours, WEEKDAYS, yuanToFen } from '@cz/shared';
import type { Dayjs } from 'dayjs';
import { dayjs } from '../../../kit/datetime';
import type { Instrument } from '../../../kit/types';

export type Weekday = (typeof WEEKDAYS)[number];
export type Window = [Dayjs, Dayjs];
/** The form's values: money in 元, opening windows as time pickers' values. */
export type InstrumentFormValues = Omit<
  InstrumentInput,
  'openingHours' | 'originalValue' | 'priceInternal' | 'priceExternal'
> & {
  originalValue: number;
  priceInternal: number;
  priceExternal: number;
  openingHours: Record<Weekday, Window[]>;
};

const toPicker = (hhmm: string): Dayjs => (hhmm === '24:00' ? dayjs('2000-01-01T23:59') : dayjs(`2000-01-01T${hhmm}`));
const fromPicker = (d: Dayjs): string => (d.format('HH:mm') === '23:59' ? '24:00' : d.format('HH:mm'));

export const DEFAULT_HOURS: OpeningHours = {
  mon: [
    ['08:30', '12:00'],
    ['13:30', '17:30'],
  ],
  tue: [
    ['08:30', '12:00'],
    ['13:30', '17:30'],
  ],
  wed: [
    ['08:30', '12:00'],
    ['13:30', '17:30'],
  ],
  thu: [
    ['08:30', '12:00'],
    ['13:30', '17:30'],
  ],
  fri: [
    ['08:30', '12:00'],
    ['13:30', '17:30'],
  ],
  sat: [],
  sun: [],
};

export function toFormValues(i: Instrument | undefined): Partial<InstrumentFormValues> {
  const hours = i?.openingHours ?? DEFAULT_HOURS;
  const openingHours = Object.fromEntries(
    WEEKDAYS.map((d) => [d, (hours[d] ?? []).map(([a, b]) => [toPicker(a), toPicker(b)] as Window)]),
  ) as Record<Weekday, Window[]>;
  if (!i)
    return {
      category: 'other',
      operation: 'assisted',
      status: 'available',
      trainingRequired: false,
      approvalRequired: true,
      voucherEligible: true,
      minMinutes: 30,
      maxMinutes: 480,
      slotMinutes: 30,
      horizonDays: 60,
      minNoticeMinutes: 120,
      bufferMinutes: 0,
      cancelNoticeHours: 24,
      lateCancelPercent: 0,
      region: '长治市',
      parameters: [],
      photos: [],
      openingHours,
    };
  return {
    ...i,
    originalValue: i.originalValue / 100,
    priceInternal: i.priceInternal / 100,
    priceExternal: i.priceExternal / 100,
    openingHours,
  };
}

export function toInput(v: InstrumentFormValues): InstrumentInput {
  return {
    ...v,
    originalValue: yuanToFen(v.originalValue),
    priceInternal: yuanToFen(v.priceInternal),
    priceExternal: yuanToFen(v.priceExternal),
    parameters: (v.parameters ?? []).filter((p) => p?.name?.trim()),
    openingHours: Object.fromEntries(
      WEEKDAYS.map((d) => [
        d,
        (v.openingHours?.[d] ?? []).filter(Boolean).map(([a, b]) => [fromPicker(a), fromPicker(b)]),
      ]),
    ) as OpeningHours,
  };
}
