import type { NewsStatus } from '@cz/shared/news';
import { Tag } from 'antd';
import { useNewsLabels } from '../labels';

const COLORS: Record<NewsStatus, string> = {
  draft: 'default',
  scheduled: 'processing',
  published: 'success',
  withdrawn: 'orange',
};

/** An article's state as seen now (a scheduled article whose time has come reads as published). */
export function NewsStatusTag({ status, testId }: { status: NewsStatus; testId?: string }) {
  const labels = useNewsLabels();
  return (
    <Tag color={COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {labels.status(status)}
    </Tag>
  );
}
