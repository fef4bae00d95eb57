import { IP_CLASSES, IP_KIND_CODES, IP_LEGAL_STATUSES, IP_VERIFICATIONS, type IpRecord } from '@cz/shared/ip';
import type { TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { filter, type UrlPatch } from '../../../kit/list/list-state';
import type { Choice } from '../../../kit/list/SearchToolbar';
import { useIpLabels } from '../labels';
import { ClassTag, LegalStatusTag, VerificationTag } from './IpTags';

type Column = TableColumnType<IpRecord>;

/** The filters every list of IP records takes from the URL; a page adds its own (the admin's class, organisation). */
export const IP_LIST_FILTERS = {
  q: filter.text,
  kind: filter.oneOf(IP_KIND_CODES),
  legalStatus: filter.oneOf(IP_LEGAL_STATUSES),
  verification: filter.oneOf(IP_VERIFICATIONS),
};

/** The columns the member's and the administrator's lists of IP records share. */
export function useIpColumns() {
  const { t } = useTranslation('ip');
  const labels = useIpLabels();
  return {
    /** The record's number, linking to its page with a test id per row. */
    number: (link: (r: IpRecord) => { to: string; testId: string }, more: Partial<Column> = {}): Column => ({
      title: t('fields.number'),
      dataIndex: 'number',
      render: (v: string, r) => {
        const { to, testId } = link(r);
        return (
          <Link to={to} data-testid={testId}>
            {v}
          </Link>
        );
      },
      ...more,
    }),
    title: { title: t('fields.title'), dataIndex: 'title' } as Column,
    /** Kind, Ⅰ类/Ⅱ类, legal status and verification, in that order. */
    statuses: [
      { title: t('fields.kind'), dataIndex: 'kind', render: (k: string) => labels.kind(k) },
      {
        title: t('fields.ipClass'),
        dataIndex: 'ipClass',
        render: (c: IpRecord['ipClass']) => <ClassTag ipClass={c} />,
      },
      {
        title: t('fields.legalStatus'),
        dataIndex: 'legalStatus',
        render: (s: IpRecord['legalStatus']) => <LegalStatusTag status={s} />,
      },
      {
        title: t('fields.verification'),
        dataIndex: 'verification',
        render: (v: IpRecord['verification']) => <VerificationTag verification={v} />,
      },
    ] as Column[],
  };
}

type IpChoice = Choice<string>;

type ChoiceKey = 'kind' | 'legalStatus' | 'verification' | 'ipClass';

/** The filter toolbar's choices, each labelled by its field and bound to its URL key. */
export function useIpFilterChoices(
  filters: Partial<Record<ChoiceKey, string>>,
  update: (patch: UrlPatch) => void,
): Record<ChoiceKey, IpChoice> {
  const { t } = useTranslation('ip');
  const labels = useIpLabels();
  const choice = (key: ChoiceKey, options: IpChoice['options']): IpChoice => ({
    value: filters[key],
    label: t(`fields.${key}`),
    options,
    onChange: (v) => update({ [key]: v }),
  });
  return {
    kind: choice('kind', labels.kindOptions),
    legalStatus: choice('legalStatus', labels.legalStatusOptions),
    verification: choice('verification', labels.verificationOptions),
    ipClass: choice(
      'ipClass',
      IP_CLASSES.map((c) => ({ value: c, label: labels.ipClass(c) })),
    ),
  };
}
