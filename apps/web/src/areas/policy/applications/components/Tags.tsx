import type { ItemMode, PolicyApplicationStatus } from '@cz/shared/policy';
import { Tag } from 'antd';
import { MODE_COLORS, STATUS_COLORS, useApplicationLabels } from '../labels';

export function ApplicationStatusTag({ status, testId }: { status: PolicyApplicationStatus; testId?: string }) {
  const labels = useApplicationLabels();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {labels.status(status)}
    </Tag>
  );
}

export function ModeTag({ mode }: { mode: ItemMode }) {
  const labels = useApplicationLabels();
  return (
    <Tag color={MODE_COLORS[mode]} data-mode={mode} style={{ marginInlineEnd: 0 }}>
      {labels.mode(mode)}
    </Tag>
  );
}
