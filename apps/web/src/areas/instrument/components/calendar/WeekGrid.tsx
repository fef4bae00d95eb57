import { shanghaiDate, shanghaiInstant } from '@cz/shared';
import { useTranslation } from 'react-i18next';
import { tKey } from '../../../../app/i18n';
import { dayjs } from '../../../../kit/datetime';
import { type Cell, cellId, hhmm, inSelection, type Selection } from './slot-grid';

export function cellTitle(c: Cell): string {
  const time = `${hhmm(c.start)}–${hhmm(c.end)}`;
  if (c.state === 'blackout') return `${time} ${tKey('instrument:calendar.blackout', { reason: c.note ?? '' })}`;
  if (c.state === 'mine')
    return `${time} ${tKey('instrument:calendar.mine', { status: c.note ? tKey(`status.booking.${c.note}`) : '' })}`;
  if (c.state === 'busy') return `${time} ${tKey('instrument:calendar.busy')}`;
  if (c.state === 'free') return `${time} ${tKey('instrument:calendar.legendFree')}`;
  return time;
}

/** A week as a grid of slots: one column per day, one row per slot; free cells can be clicked. */
export function WeekGrid({
  dates,
  rows,
  cells,
  selection,
  today,
  onCell,
}: {
  dates: string[];
  rows: number[];
  cells: Map<string, Cell[]>;
  selection: Selection | null;
  today: string;
  onCell: (c: Cell) => void;
}) {
  return (
    <div className="week-grid" data-testid="week-grid">
      <div className="week-grid-head" />
      {dates.map((d) => (
        <div key={d} className={`week-grid-head${d === today ? ' is-today' : ''}`}>
          <div>{dayjs(d).format('ddd')}</div>
          <div className="week-grid-date">{dayjs(d).format('MM-DD')}</div>
        </div>
      ))}
      {rows.map((m, r) => (
        <div key={m} style={{ display: 'contents' }}>
          <div className="week-grid-time">
            {m % 60 === 0 || r === 0 ? hhmm(shanghaiInstant(dates[0] as string, m)) : ''}
          </div>
          {dates.map((d) => {
            const c = cells.get(d)?.[r];
            if (!c) return <div key={d} />;
            const selected = inSelection(selection, c);
            const clickable = c.state === 'free' || (!!selection && shanghaiDate(selection.start) === d);
            return (
              <button
                key={d}
                type="button"
                className={`slot slot-${c.state}${selected ? ' slot-selected' : ''}`}
                title={cellTitle(c)}
                aria-label={`${d} ${cellTitle(c)}`}
                aria-pressed={selected}
                disabled={!clickable}
                data-testid={cellId(c.start)}
                data-state={selected ? 'selected' : c.state}
                onClick={() => onCell(c)}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
}

export function CalendarLegend() {
  const { t } = useTranslation('instrument');
  const items = [
    ['free', t('calendar.legendFree')],
    ['selected', t('calendar.legendSelected')],
    ['busy', t('calendar.legendBusy')],
    ['mine', t('calendar.legendMine')],
    ['blackout', t('calendar.legendBlackout')],
    ['closed', t('calendar.legendClosed')],
  ] as const;
  return (
    <div className="calendar-legend">
      {items.map(([k, label]) => (
        <span key={k}>
          <i className={`slot slot-${k === 'selected' ? 'free slot-selected' : k}`} />
          {label}
        </span>
      ))}
    </div>
  );
}
