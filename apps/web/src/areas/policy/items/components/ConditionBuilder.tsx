import { DeleteOutlined, PlusOutlined, StopOutlined, UserOutlined } from '@ant-design/icons';
import type { ConditionIssue, ConditionOp, FactKey } from '@cz/shared/policy';
import { Alert, Button, Input, Select, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { issueMessage } from '../../../../kit/forms/zod-form';
import {
  addChild,
  checkTree,
  type EditorNode,
  emptyGroup,
  emptyManual,
  emptyTest,
  type GroupKind,
  type GroupNode,
  isGroup,
  issuesByNode,
  type ManualNode,
  type NodeIssue,
  opsFor,
  removeNode,
  setGroupKind,
  type TestNode,
  updateNode,
  withFact,
  withOp,
  wrapNode,
} from '../condition-tree';
import { useItemLabels } from '../labels';
import { FactPicker } from './FactPicker';
import { ValueInput } from './ValueInput';

type Edit = (fn: (root: EditorNode) => EditorNode) => void;
type Ctx = { edit: Edit; issues: Map<string, NodeIssue[]>; disabled: boolean };

const message = (code: string) => issueMessage({ code: 'custom', message: code, path: [] });

function Issues({ list, testId }: { list: NodeIssue[] | undefined; testId: string }) {
  if (!list?.length) return null;
  return (
    <div role="alert" data-testid={testId}>
      {[...new Set(list.map((i) => i.code))].map((code) => (
        <Typography.Text key={code} type="danger" className="policy-item-issue">
          {message(code)}
        </Typography.Text>
      ))}
    </div>
  );
}

function TestView({ node, path, ctx }: { node: TestNode; path: string; ctx: Ctx }) {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  const issues = ctx.issues.get(node.id);
  const bad = (f: NodeIssue['field']) => (issues?.some((i) => i.field === f) ? 'error' : undefined);
  const set = (fn: (n: TestNode) => TestNode) => ctx.edit((r) => updateNode(r, node.id, (n) => fn(n as TestNode)));
  return (
    <div className="policy-item-row" data-testid={`cond-${path}`} data-kind="fact">
      <FactPicker
        value={node.fact}
        onChange={(f: FactKey) => set((n) => withFact(n, f))}
        testId={`cond-fact-${path}`}
        status={bad('fact')}
        disabled={ctx.disabled}
      />
      <Select<ConditionOp>
        className="policy-item-op"
        value={node.op}
        onChange={(op) => set((n) => withOp(n, op))}
        options={opsFor(node.fact).map((op) => ({ value: op, label: labels.op(op) }))}
        placeholder={t('items.builder.pickOp')}
        aria-label={t('items.builder.op')}
        data-testid={`cond-op-${path}`}
        status={bad('op')}
        disabled={ctx.disabled || !node.fact}
      />
      {node.fact && node.op && (
        <ValueInput
          fact={node.fact}
          op={node.op}
          value={node.value}
          onChange={(value) => set((n) => ({ ...n, value }))}
          testId={`cond-value-${path}`}
          status={bad('value')}
          disabled={ctx.disabled}
        />
      )}
      <NodeTools node={node} path={path} ctx={ctx} />
      <Issues list={issues} testId={`cond-issues-${path}`} />
    </div>
  );
}

function ManualView({ node, path, ctx }: { node: ManualNode; path: string; ctx: Ctx }) {
  const { t } = useTranslation('policy');
  const set = (patch: Partial<ManualNode>) =>
    ctx.edit((r) => updateNode(r, node.id, (n) => ({ ...(n as ManualNode), ...patch })));
  return (
    <div className="policy-item-row policy-item-manual" data-testid={`cond-${path}`} data-kind="manual">
      <Tag icon={<UserOutlined aria-hidden />} color="blue" className="policy-item-hand">
        {t('items.builder.byHand')}
      </Tag>
      <Input
        value={node.zh}
        onChange={(e) => set({ zh: e.target.value })}
        placeholder={t('items.builder.manualZh')}
        aria-label={t('items.builder.manualZh')}
        data-testid={`cond-manual-zh-${path}`}
        disabled={ctx.disabled}
      />
      <Input
        value={node.en}
        onChange={(e) => set({ en: e.target.value })}
        placeholder={t('items.builder.manualEn')}
        aria-label={t('items.builder.manualEn')}
        data-testid={`cond-manual-en-${path}`}
        disabled={ctx.disabled}
      />
      <NodeTools node={node} path={path} ctx={ctx} />
      <Issues list={ctx.issues.get(node.id)} testId={`cond-issues-${path}`} />
    </div>
  );
}

/** Remove a node, or put it under a "not" ("none of these"). */
function NodeTools({ node, path, ctx }: { node: EditorNode; path: string; ctx: Ctx }) {
  const { t } = useTranslation('policy');
  if (ctx.disabled) return null;
  return (
    <Space size={4} className="policy-item-tools">
      {node.kind !== 'not' && node.kind !== 'manual' && (
        <Button
          size="small"
          icon={<StopOutlined aria-hidden />}
          onClick={() => ctx.edit((r) => wrapNode(r, node.id, 'not'))}
          data-testid={`cond-negate-${path}`}
        >
          {t('items.builder.negate')}
        </Button>
      )}
      <Button
        size="small"
        danger
        icon={<DeleteOutlined aria-hidden />}
        onClick={() => ctx.edit((r) => removeNode(r, node.id))}
        aria-label={t('items.builder.remove')}
        data-testid={`cond-remove-${path}`}
      />
    </Space>
  );
}

function GroupView({ node, path, ctx, root }: { node: GroupNode; path: string; ctx: Ctx; root?: boolean }) {
  const { t } = useTranslation('policy');
  const full = node.kind === 'not' && node.children.length > 0;
  const add = (child: EditorNode) => ctx.edit((r) => addChild(r, node.id, child));
  return (
    <fieldset className="policy-item-group" data-testid={`cond-${path}`} data-kind={node.kind}>
      <legend className="policy-item-legend">
        <Select<GroupKind>
          value={node.kind}
          onChange={(kind) => ctx.edit((r) => setGroupKind(r, node.id, kind))}
          options={(['all', 'any', 'not'] as const)
            .filter((k) => !root || k !== 'not')
            .map((k) => ({ value: k, label: t(`items.builder.groups.${k}`) }))}
          aria-label={t('items.builder.groupKind')}
          data-testid={`cond-kind-${path}`}
          disabled={ctx.disabled}
          popupMatchSelectWidth={false}
          className="policy-item-op"
        />
        {!root && !ctx.disabled && (
          <Button
            size="small"
            danger
            type="text"
            icon={<DeleteOutlined aria-hidden />}
            onClick={() => ctx.edit((r) => removeNode(r, node.id))}
            aria-label={t('items.builder.removeGroup')}
            data-testid={`cond-remove-${path}`}
          />
        )}
      </legend>
      {node.children.length === 0 && (
        <Typography.Text type="secondary">{t('items.builder.emptyGroup')}</Typography.Text>
      )}
      {node.children.map((c, i) => (
        <NodeView key={c.id} node={c} path={`${path}-${i}`} ctx={ctx} />
      ))}
      <Issues list={ctx.issues.get(node.id)} testId={`cond-issues-${path}`} />
      {!ctx.disabled && !full && (
        <Space size={[4, 4]} wrap className="policy-item-adds">
          <Button
            size="small"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add(emptyTest())}
            data-testid={`cond-add-test-${path}`}
          >
            {t('items.builder.addTest')}
          </Button>
          <Button
            size="small"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add(emptyGroup('any'))}
            data-testid={`cond-add-group-${path}`}
          >
            {t('items.builder.addGroup')}
          </Button>
          {node.kind !== 'not' && (
            <Button
              size="small"
              icon={<UserOutlined aria-hidden />}
              onClick={() => add(emptyManual())}
              data-testid={`cond-add-manual-${path}`}
            >
              {t('items.builder.addManual')}
            </Button>
          )}
        </Space>
      )}
    </fieldset>
  );
}

function NodeView({ node, path, ctx }: { node: EditorNode; path: string; ctx: Ctx }) {
  if (isGroup(node)) return <GroupView node={node} path={path} ctx={ctx} />;
  if (node.kind === 'manual') return <ManualView node={node} path={path} ctx={ctx} />;
  return <TestView node={node} path={path} ctx={ctx} />;
}

/**
 * The condition builder: nested all / any / not groups of tests over the fact catalogue and conditions reviewed by
 * hand, checked as it is typed with the server's own validation; the server's refusals (`serverIssues`) are shown
 * on the nodes they name until the tree changes.
 */
export function ConditionBuilder({
  value,
  onChange,
  serverIssues,
  disabled = false,
}: {
  value: GroupNode;
  onChange: (root: GroupNode) => void;
  serverIssues?: readonly ConditionIssue[];
  disabled?: boolean;
}) {
  const { t } = useTranslation('policy');
  const check = useMemo(() => checkTree(value), [value]);
  const issues = useMemo(() => {
    if (!serverIssues?.length) return check.issues;
    const merged = new Map(check.issues);
    for (const [id, list] of issuesByNode(value, serverIssues)) merged.set(id, [...(merged.get(id) ?? []), ...list]);
    return merged;
  }, [check, serverIssues, value]);
  const ctx: Ctx = {
    edit: (fn) => onChange(fn(value) as GroupNode),
    issues,
    disabled,
  };
  return (
    <div
      className="policy-item-builder"
      data-testid="condition-builder"
      data-valid={check.valid}
      data-leaves={check.leaves}
    >
      <GroupView node={value} path="r" ctx={ctx} root />
      {!disabled && (
        <Alert
          className="policy-item-check"
          type={check.valid ? 'success' : 'warning'}
          showIcon
          title={check.valid ? t('items.builder.valid', { count: check.leaves }) : t('items.builder.invalid')}
          data-testid="condition-check"
        />
      )}
    </div>
  );
}
