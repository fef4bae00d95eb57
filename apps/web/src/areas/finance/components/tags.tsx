import type { CaseStatus, FinanceNeedStatus, ProductStatus } from '@cz/shared/finance';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFinanceLabels } from '../labels';

const PRODUCT_COLORS: Record<ProductStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  published: 'success',
  returned: 'orange',
  suspended: 'orange',
  retired: 'default',
};
const NEED_COLORS: Record<FinanceNeedStatus, string> = {
  open: 'processing',
  in_progress: 'blue',
  funded: 'success',
  closed: 'default',
  withdrawn: 'default',
  expired: 'orange',
};
const CASE_COLORS: Record<CaseStatus, string> = {
  claimed: 'processing',
  contacted: 'blue',
  due_diligence: 'cyan',
  approved: 'geekblue',
  declined: 'error',
  disbursed: 'success',
  repaid: 'green',
  non_performing: 'volcano',
};
const VERDICT_COLORS = { eligible: 'success', not_eligible: 'error', needs_data: 'gold' } as const;

const style = { marginInlineEnd: 0 };

export function ProductStatusTag({ status, testId }: { status: ProductStatus; testId?: string }) {
  const labels = useFinanceLabels();
  return (
    <Tag color={PRODUCT_COLORS[status]} data-status={status} data-testid={testId} style={style}>
      {labels.productStatus(status)}
    </Tag>
  );
}

export function NeedStatusTag({ status, testId }: { status: FinanceNeedStatus; testId?: string }) {
  const labels = useFinanceLabels();
  return (
    <Tag color={NEED_COLORS[status]} data-status={status} data-testid={testId} style={style}>
      {labels.needStatus(status)}
    </Tag>
  );
}

export function CaseStatusTag({ status, testId }: { status: CaseStatus; testId?: string }) {
  const labels = useFinanceLabels();
  return (
    <Tag color={CASE_COLORS[status]} data-status={status} data-testid={testId} style={style}>
      {labels.caseStatus(status)}
    </Tag>
  );
}

export function VerdictTag({ result, testId }: { result: keyof typeof VERDICT_COLORS; testId?: string }) {
  const { t } = useTranslation('finance');
  return (
    <Tag color={VERDICT_COLORS[result]} data-result={result} data-testid={testId} style={style}>
      {t(`verdict.${result}`)}
    </Tag>
  );
}

/** A product's labels as tags, in the reader's language. */
export function LabelTags({ codes }: { codes: readonly string[] }) {
  const labels = useFinanceLabels();
  if (codes.length === 0) return <>—</>;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 4 }}>
      {codes.map((c) => (
        <Tag key={c} color="blue" style={style}>
          {labels.label(c)}
        </Tag>
      ))}
    </span>
  );
}
