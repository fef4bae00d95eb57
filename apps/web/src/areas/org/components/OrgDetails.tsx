import type { Org } from '@cz/shared';
import { Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../kit/datetime';
import { useFormatMoney } from '../../../kit/money';
import { flagsOf, useLabels } from '../labels';
import { FlagTags } from './FlagTags';
import { OrgStatusTag } from './OrgStatusTag';

/** Every field of an organisation, read-only. */
export function OrgDetails({ org, showStatus = true }: { org: Org; showStatus?: boolean }) {
  const { t } = useTranslation('org');
  const labels = useLabels();
  const money = useFormatMoney();
  const f = (key: keyof Org | 'flags') => t(`org.fields.${key}` as 'org.fields.name');
  const v = (s: string | null) => s || '—';
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: f('name'), children: org.name, span: 'filled' },
    { key: 'kind', label: f('kind'), children: t(`enums.orgKind.${org.kind}`) },
    { key: 'uscc', label: f('uscc'), children: <span style={{ fontFamily: 'monospace' }}>{org.uscc}</span> },
    ...(showStatus ? [{ key: 'status', label: f('status'), children: <OrgStatusTag status={org.status} /> }] : []),
    ...(org.rejectReason ? [{ key: 'rejectReason', label: f('rejectReason'), children: org.rejectReason }] : []),
    { key: 'legalRep', label: f('legalRep'), children: v(org.legalRep) },
    { key: 'foundedOn', label: f('foundedOn'), children: formatDate(org.foundedOn) },
    { key: 'registeredCapital', label: f('registeredCapital'), children: money(org.registeredCapital) },
    { key: 'contactName', label: f('contactName'), children: v(org.contactName) },
    { key: 'contactPhone', label: f('contactPhone'), children: v(org.contactPhone) },
    { key: 'contactEmail', label: f('contactEmail'), children: v(org.contactEmail) },
    { key: 'address', label: f('address'), children: v(org.address) },
    { key: 'park', label: f('park'), children: v(org.park) },
    { key: 'industry', label: f('industry'), children: labels.industry(org.industry) },
    { key: 'industryChain', label: f('industryChain'), children: labels.chain(org.industryChain) },
    { key: 'flags', label: f('flags'), children: <FlagTags flags={flagsOf(org)} /> },
    { key: 'hteCertNo', label: f('hteCertNo'), children: v(org.hteCertNo) },
    {
      key: 'hteValid',
      label: `${f('hteValidFrom')} – ${f('hteValidTo')}`,
      children:
        org.hteValidFrom || org.hteValidTo ? `${formatDate(org.hteValidFrom)} ~ ${formatDate(org.hteValidTo)}` : '—',
    },
    { key: 'tsmeRegNo', label: f('tsmeRegNo'), children: v(org.tsmeRegNo) },
    { key: 'verifiedAt', label: f('verifiedAt'), children: formatDateTime(org.verifiedAt) },
    { key: 'createdAt', label: f('createdAt'), children: formatDateTime(org.createdAt) },
    { key: 'updatedAt', label: f('updatedAt'), children: formatDateTime(org.updatedAt) },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />;
}
