import type { OrgKind } from '@cz/shared';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgList } from '../../org/api';

type Props = {
  value?: number;
  onChange?: (id: number | undefined) => void;
  id?: string;
  /** Only organisations of these kinds (enterprises for the cultivation pool). */
  kinds?: OrgKind[];
  testId?: string;
};

/** Picks an organisation by typing part of its name (searched on the server). */
export function OrgPicker({ value, onChange, id, kinds, testId = 'user-org' }: Props) {
  const { t } = useTranslation('identity');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const list = useOrgList({
    q: q || undefined,
    pageSize: 20,
    sort: q ? 'relevance' : 'name',
    ...(kinds ? { kind: kinds.join(',') } : {}),
  });
  const options = (list.data?.items ?? []).map((o) => ({
    value: o.id,
    label: `${o.name}（${t(`enums.orgKind.${o.kind}`)}）`,
  }));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      onChange={(v: number | undefined) => onChange?.(v)}
      placeholder={t('users.orgSearch')}
      options={options}
      loading={list.isFetching}
      notFoundContent={null}
      data-testid={testId}
    />
  );
}
