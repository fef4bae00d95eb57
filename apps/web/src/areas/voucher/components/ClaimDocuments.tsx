import { PaperClipOutlined } from '@ant-design/icons';
import type { Claim } from '@cz/shared/voucher';
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { uploadUrl } from '../../../kit/api/uploads';

/** A claim's documents as links to the uploaded files: contract, invoice, proof of payment and the results. */
export function ClaimDocuments({ claim: c }: { claim: Claim }) {
  const { t } = useTranslation('voucher');
  const docs: { key: string; label: string; hash: string }[] = [
    { key: 'contract', label: t('settlement.contract'), hash: c.contractFile },
    { key: 'invoice', label: t('settlement.invoice'), hash: c.invoiceFile },
    { key: 'proof', label: t('settlement.paymentProof'), hash: c.paymentProofFile },
    ...c.resultFiles.map((h, i) => ({
      key: `result-${i}`,
      label: c.resultFiles.length > 1 ? `${t('settlement.results')} ${i + 1}` : t('settlement.results'),
      hash: h,
    })),
  ];
  return (
    <Space size={[8, 2]} wrap>
      {docs.map((d) => (
        <a
          key={d.key}
          href={uploadUrl(d.hash.trim())}
          target="_blank"
          rel="noreferrer"
          data-testid={`claim-doc-${c.id}-${d.key}`}
        >
          <PaperClipOutlined /> {d.label}
        </a>
      ))}
    </Space>
  );
}
