import { CLAIM_STATUSES } from '@cz/shared/voucher';
import { useTranslation } from 'react-i18next';
import type { QueryParams } from '../../../kit/api/client';
import { ExportButton } from '../../../kit/list/ExportButton';
import { filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';

/** The URL state of a settlement-claim list: a search and a status. */
export const CLAIM_LIST = { filters: { q: filter.text, status: filter.oneOf(CLAIM_STATUSES) } };

/** Search, status and export of a settlement-claim list (the administration's and a provider's). */
export function ClaimsToolbar({
  q,
  status,
  placeholder,
  exportQuery,
  onChange,
}: {
  q: string | undefined;
  status: string | undefined;
  placeholder: string;
  exportQuery: QueryParams;
  onChange: (patch: { q?: string; status?: string | undefined }) => void;
}) {
  const { t } = useTranslation('voucher');
  return (
    <SearchToolbar
      q={q}
      placeholder={placeholder}
      onSearch={(value) => onChange({ q: value })}
      searchTestId="claim-search"
      choice={{
        value: status,
        label: t('settlement.status'),
        options: CLAIM_STATUSES.map((s) => ({ value: s, label: t(`voucherStatus.claim.${s}`) })),
        onChange: (v: string | undefined) => onChange({ status: v }),
        testId: 'claim-status-filter',
      }}
      actions={
        <ExportButton
          path="/voucher-claims/export.xlsx"
          query={exportQuery}
          fileName="voucher-claims.xlsx"
          testId="claims-export"
        />
      }
    />
  );
}
