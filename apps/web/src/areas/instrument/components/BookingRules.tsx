import { WEEKDAYS } from '@cz/shared';
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Instrument } from '../../../kit/types';
import { useFormatMinutes } from '../../catalog/labels';

/** The instrument's booking rules in words: hours per weekday, grid, lengths, notice, horizon, buffer, approval. */
export function BookingRules({ instrument: i }: { instrument: Instrument }) {
  const { t } = useTranslation('instrument');
  const minutes = useFormatMinutes();
  // Consecutive weekdays with the same hours share a line: 周一–周五 08:30–12:00，13:30–17:30.
  const lines: { from: string; to: string; text: string }[] = [];
  for (const d of WEEKDAYS) {
    const w = i.openingHours[d] ?? [];
    const text = w.length ? w.map(([a, b]) => `${a}–${b}`).join(', ') : t('instruments.closed');
    const last = lines[lines.length - 1];
    if (last && last.text === text) last.to = d;
    else lines.push({ from: d, to: d, text });
  }
  const dayName = (d: string) => t(`myInstruments.weekdays.${d as 'mon'}`);
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout="vertical"
      data-testid="booking-rules"
      items={[
        {
          key: 'hours',
          label: t('instruments.openingHours'),
          children: (
            <div>
              {lines.map((l) => (
                <div key={l.from}>
                  <Typography.Text strong>
                    {l.from === l.to ? dayName(l.from) : `${dayName(l.from)}–${dayName(l.to)}`}
                  </Typography.Text>{' '}
                  {l.text}
                </div>
              ))}
            </div>
          ),
        },
        { key: 'slot', label: t('instruments.slot'), children: minutes(i.slotMinutes) },
        {
          key: 'length',
          label: t('instruments.lengthRange'),
          children: t('instruments.lengthText', { min: minutes(i.minMinutes), max: minutes(i.maxMinutes) }),
        },
        {
          key: 'notice',
          label: t('instruments.notice'),
          children: t('instruments.noticeText', { n: minutes(i.minNoticeMinutes) }),
        },
        {
          key: 'horizon',
          label: t('instruments.horizon'),
          children: t('instruments.horizonText', { n: i.horizonDays }),
        },
        {
          key: 'buffer',
          label: t('instruments.buffer'),
          children: i.bufferMinutes
            ? t('instruments.bufferText', { n: minutes(i.bufferMinutes) })
            : t('instruments.noBuffer'),
        },
        {
          key: 'approval',
          label: t('instruments.approvalMode'),
          children: i.approvalRequired ? t('instruments.approvalYes') : t('instruments.approvalNo'),
        },
        {
          key: 'cancel',
          label: t('instruments.cancelRule'),
          children:
            i.lateCancelPercent > 0
              ? t('instruments.cancelText', { hours: i.cancelNoticeHours, percent: i.lateCancelPercent })
              : t('instruments.cancelFree', { hours: i.cancelNoticeHours }),
        },
      ]}
    />
  );
}
