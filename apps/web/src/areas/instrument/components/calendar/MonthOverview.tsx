import { addDays, shanghaiInstant, shanghaiParts } from '@cz/shared';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../../../kit/datetime';

/** A month at a glance: free hours per day; a click opens that day's week. */
export function MonthOverview({
  month,
  free,
  today,
  onPick,
}: {
  /** First day of the month, YYYY-MM-01. */
  month: string;
  free: Map<string, number | null>;
  today: string;
  onPick: (date: string) => void;
}) {
  const { t } = useTranslation('instrument');
  const lead = shanghaiParts(shanghaiInstant(month)).isoWeekday - 1;
  const blanks = Array.from({ length: lead }, (_, i) => addDays(month, i - lead));
  const days: string[] = [];
  for (let d = month; d.slice(0, 7) === month.slice(0, 7); d = addDays(d, 1)) days.push(d);
  const heads = Array.from({ length: 7 }, (_, i) => dayjs('2024-01-01').add(i, 'day').format('dd'));
  return (
    <div className="month-grid" data-testid="month-grid">
      {heads.map((h) => (
        <div key={h} className="month-head">
          {h}
        </div>
      ))}
      {blanks.map((d) => (
        <div key={d} />
      ))}
      {days.map((d) => {
        const hours = free.get(d);
        const past = d < today;
        const cls =
          past || hours === null || hours === undefined ? 'month-closed' : hours > 0 ? 'month-free' : 'month-full';
        return (
          <button
            key={d}
            type="button"
            className={`month-day ${cls}${d === today ? ' is-today' : ''}`}
            onClick={() => onPick(d)}
            data-testid={`month-${d}`}
          >
            <span className="month-num">{Number(d.slice(8))}</span>
            <span className="month-info">
              {past || hours === undefined
                ? ''
                : hours === null
                  ? t('calendar.closedDay')
                  : hours > 0
                    ? t('calendar.freeHours', { n: hours })
                    : t('calendar.full')}
            </span>
          </button>
        );
      })}
    </div>
  );
}
