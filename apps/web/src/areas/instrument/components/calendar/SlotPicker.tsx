import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { addDays } from '@cz/shared';
import { Button, Grid, Segmented, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../kit/components/QueryError';
import type { Availability } from '../../../../kit/types';
import { useAvailability } from '../../api';
import { DayList } from './DayList';
import { MonthOverview } from './MonthOverview';
import {
  buildCells,
  type Cell,
  clickCell,
  freeHoursByDate,
  gridRows,
  type Ignore,
  mondayOf,
  monthBounds,
  type Selection,
  type SlotPolicy,
  todayInZone,
  weekDates,
} from './slot-grid';
import { CalendarLegend, WeekGrid } from './WeekGrid';

type Props = {
  instrumentId: number;
  policy: SlotPolicy;
  selection: Selection | null;
  onSelect: (s: Selection | null, avail: Availability) => void;
  /** The booking being moved: its own busy block does not count. */
  ignore?: Ignore;
  /** Where the calendar opens (a date in the week to show). */
  initialDate?: string;
};

/**
 * The availability calendar: a week of slots (a day-by-day list on phones) and a month overview, from
 * GET /instruments/:id/availability. Picking is delegated to the slot rules in slot-grid.
 */
export function SlotPicker({ instrumentId, policy, selection, onSelect, ignore = null, initialDate }: Props) {
  const { t } = useTranslation('instrument');
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const today = todayInZone();
  const [view, setView] = useState<'week' | 'month'>('week');
  const [monday, setMonday] = useState(() => mondayOf(initialDate ?? today));
  const [month, setMonth] = useState(() => `${(initialDate ?? today).slice(0, 7)}-01`);
  const [day, setDay] = useState(() => (initialDate && initialDate >= today ? initialDate : today));

  const bounds = monthBounds(month);
  const monthEnd = bounds.to;
  const from = view === 'week' ? monday : month;
  const to = view === 'week' ? addDays(monday, 6) : monthEnd;
  const avail = useAvailability(instrumentId, from, to);

  const dates = useMemo(() => {
    if (view === 'week') return weekDates(monday);
    const out: string[] = [];
    for (let d = month; d <= monthEnd; d = addDays(d, 1)) out.push(d);
    return out;
  }, [view, monday, month, monthEnd]);
  const rows = useMemo(() => gridRows(policy.openingHours, policy.slotMinutes), [policy]);
  const cells = useMemo(
    () => (avail.data ? buildCells(policy, avail.data, dates, rows, new Date(), ignore) : new Map<string, Cell[]>()),
    [avail.data, policy, dates, rows, ignore],
  );

  const onCell = (c: Cell) => {
    if (!avail.data) return;
    onSelect(clickCell(policy, avail.data, selection, c, new Date(), ignore), avail.data);
  };
  const goWeek = (m: string) => {
    setMonday(m);
    setDay(m < today && addDays(m, 6) >= today ? today : m);
  };
  const openDay = (d: string) => {
    goWeek(mondayOf(d));
    setDay(d);
    setView('week');
  };

  const nav =
    view === 'week' ? (
      <Space.Compact>
        <Button
          icon={<LeftOutlined />}
          aria-label={t('calendar.prevWeek')}
          onClick={() => goWeek(addDays(monday, -7))}
          data-testid="calendar-prev-week"
        />
        <Button onClick={() => goWeek(mondayOf(today))}>{t('calendar.thisWeek')}</Button>
        <Button
          icon={<RightOutlined />}
          aria-label={t('calendar.nextWeek')}
          onClick={() => goWeek(addDays(monday, 7))}
          data-testid="calendar-next-week"
        />
      </Space.Compact>
    ) : (
      <Space.Compact>
        <Button icon={<LeftOutlined />} aria-label={t('calendar.prevMonth')} onClick={() => setMonth(bounds.prev)} />
        <Button
          icon={<RightOutlined />}
          aria-label={t('calendar.nextMonth')}
          onClick={() => setMonth(bounds.next)}
          data-testid="calendar-next-month"
        />
      </Space.Compact>
    );

  return (
    <div data-testid="slot-picker" data-from={from} data-to={to} data-loaded={!!avail.data && !avail.isFetching}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between', marginBottom: 12 }}>
        <Space wrap>
          {nav}
          <Typography.Text strong>
            {view === 'week' ? `${monday} ~ ${addDays(monday, 6)}` : month.slice(0, 7)}
          </Typography.Text>
        </Space>
        <Segmented
          // One tab stop: the options are radio buttons (arrows move between them); the group itself is not another.
          tabIndex={-1}
          aria-label={t('calendar.view')}
          value={view}
          onChange={(v) => setView(v as 'week' | 'month')}
          options={[
            { value: 'week', label: t('calendar.week') },
            { value: 'month', label: <span data-testid="calendar-month">{t('calendar.month')}</span> },
          ]}
        />
      </div>
      {avail.isError ? (
        <QueryError error={avail.error} onRetry={() => avail.refetch()} />
      ) : (
        <Spin spinning={avail.isFetching}>
          {view === 'month' ? (
            <MonthOverview
              month={month}
              free={freeHoursByDate(cells, policy.slotMinutes)}
              today={today}
              onPick={openDay}
            />
          ) : narrow ? (
            <DayList
              dates={dates}
              day={dates.includes(day) ? day : (dates[0] as string)}
              onDay={setDay}
              cells={cells}
              selection={selection}
              onCell={onCell}
            />
          ) : (
            <>
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8, fontSize: 12 }}>
                {t('calendar.pickHint')}
              </Typography.Text>
              <WeekGrid dates={dates} rows={rows} cells={cells} selection={selection} today={today} onCell={onCell} />
            </>
          )}
        </Spin>
      )}
      <CalendarLegend />
    </div>
  );
}
