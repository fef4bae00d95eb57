import type { PolicyApplication } from '@cz/shared/policy';
import type { TableColumnsType } from 'antd';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../../kit/datetime';
import { formatMoney } from '../../../../kit/money';
import { useApplicationLabels } from '../labels';
import { Deadline } from './Deadline';
import { ApplicationStatusTag, ModeTag } from './Tags';

/** The columns of a list of applications; `linkTo` is the page of a row (the enterprise's or the review page). */
export function useApplicationColumns(
  linkTo: (a: PolicyApplication) => string,
  withOrg: boolean,
): TableColumnsType<PolicyApplication> {
  const { t } = useTranslation('policy');
  const labels = useApplicationLabels();
  return [
    {
      title: t('applications.fields.item'),
      dataIndex: 'itemTitle',
      render: (title: string, a) => (
        <Space orientation="vertical" size={0}>
          <Link to={linkTo(a)} data-testid={`application-row-${a.id}`}>
            {title}
          </Link>
          <Typography.Text type="secondary">{a.documentTitle}</Typography.Text>
        </Space>
      ),
    },
    ...(withOrg ? [{ title: t('applications.fields.org'), dataIndex: 'orgName' }] : []),
    {
      title: t('applications.fields.mode'),
      dataIndex: 'mode',
      render: (m: PolicyApplication['mode']) => <ModeTag mode={m} />,
    },
    {
      title: t('applications.fields.status'),
      dataIndex: 'status',
      render: (s: PolicyApplication['status'], a) => (
        <ApplicationStatusTag status={s} testId={`application-status-${a.id}`} />
      ),
    },
    {
      title: t('applications.fields.nextStep'),
      dataIndex: 'nextStep',
      render: (n: PolicyApplication['nextStep']) => labels.next(n),
    },
    {
      title: t('applications.fields.deadline'),
      key: 'deadline',
      render: (_: unknown, a) => <Deadline a={a} />,
    },
    {
      title: t('applications.fields.amount'),
      key: 'amount',
      render: (_: unknown, a) => formatMoney(a.approvedFen ?? a.requestedFen ?? a.capFen),
    },
    {
      title: t('applications.fields.updatedAt'),
      dataIndex: 'updatedAt',
      render: formatDateTime,
    },
  ];
}

/** Overdue 快申快享 rows stand out, as rows and as cards. */
export const overdueRow = (a: PolicyApplication) =>
  a.timer?.overdue ? { className: 'policy-overdue-row', 'data-overdue': 'true' } : {};
