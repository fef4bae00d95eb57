import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scheme } from '../../../kit/types';
import { useScheme, useSchemes } from '../api';

const label = (s: Pick<Scheme, 'year' | 'name'>) => `${s.year} · ${s.name}`;

/**
 * Picks a scheme by typing part of its name (searched on the server, newest year first), for a list's scheme filter;
 * the chosen scheme keeps its name when it is not among the schemes found.
 */
export function SchemePicker({
  value,
  onChange,
  testId,
}: {
  value: number | undefined;
  onChange: (id: number | undefined) => void;
  testId?: string;
}) {
  const { t } = useTranslation('voucher');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const list = useSchemes({ q: q || undefined, pageSize: 20 });
  const found = list.data?.items ?? [];
  const chosen = useScheme(value !== undefined && !found.some((s) => s.id === value) ? value : undefined);
  const options = [...(chosen.data && !found.some((s) => s.id === chosen.data.id) ? [chosen.data] : []), ...found].map(
    (s) => ({ value: s.id, label: label(s) }),
  );
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      style={{ width: '100%' }}
      placeholder={t('adminApplications.scheme')}
      aria-label={t('adminApplications.scheme')}
      value={value}
      loading={list.isFetching}
      options={options}
      notFoundContent={null}
      onChange={(v: number | undefined) => {
        setTyped('');
        onChange(v);
      }}
      data-testid={testId}
    />
  );
}
