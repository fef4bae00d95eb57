import { Button, Empty, Segmented, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../../../kit/datetime';
import { type Cell, cellId, hhmm, inSelection, type Selection } from './slot-grid';

/** The phone layout: pick a day of the week, then a start time among the free ones. */
export function DayList({
  dates,
  day,
  onDay,
  cells,
  selection,
  onCell,
}: {
  dates: string[];
  day: string;
  onDay: (d: string) => void;
  cells: Map<string, Cell[]>;
  selection: Selection | null;
  onCell: (c: Cell) => void;
}) {
  const { t } = useTranslation('instrument');
  const free = (cells.get(day) ?? []).filter((c) => c.state === 'free');
  return (
    <div data-testid="day-list">
      <div style={{ overflowX: 'auto', marginBottom: 12 }}>
        <Segmented
          tabIndex={-1}
          aria-label={t('calendar.days')}
          value={day}
          onChange={(v) => onDay(String(v))}
          options={dates.map((d) => {
            const n = (cells.get(d) ?? []).filter((c) => c.state === 'free').length;
            return {
              value: d,
              label: (
                <div style={{ lineHeight: 1.3, padding: '4px 0', opacity: n ? 1 : 0.45 }} data-testid={`day-${d}`}>
                  <div>{dayjs(d).format('dd')}</div>
                  <div style={{ fontSize: 12 }}>{dayjs(d).format('M/D')}</div>
                </div>
              ),
            };
          })}
        />
      </div>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('calendar.dayListHint')}
      </Typography.Text>
      {free.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('calendar.noSlots')} />
      ) : (
        <Space size={[8, 8]} wrap>
          {free.map((c) => (
            <Button
              key={c.start.toISOString()}
              type={inSelection(selection, c) ? 'primary' : 'default'}
              onClick={() => onCell(c)}
              data-testid={cellId(c.start)}
              data-state={inSelection(selection, c) ? 'selected' : c.state}
            >
              {hhmm(c.start)}
            </Button>
          ))}
        </Space>
      )}
    </div>
  );
}
