import type { PolicyDocState, PolicyLevel } from '@cz/shared/policy-docs';
import { Tag } from 'antd';
import { LEVEL_COLORS, STATE_COLORS, usePolicyLabels } from '../labels';

export function StateTag({ state, testId }: { state: PolicyDocState; testId?: string }) {
  const labels = usePolicyLabels();
  return (
    <Tag color={STATE_COLORS[state]} data-testid={testId} data-state={state} style={{ marginInlineEnd: 0 }}>
      {labels.state(state)}
    </Tag>
  );
}

export function LevelTag({ level }: { level: PolicyLevel }) {
  const labels = usePolicyLabels();
  return (
    <Tag color={LEVEL_COLORS[level]} style={{ marginInlineEnd: 0 }}>
      {labels.level(level)}
    </Tag>
  );
}
