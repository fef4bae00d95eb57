import { Col, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PARTNER_CODE } from '../../interop/api';

export type PartnerVoucherValue = { region: string; number: string; code: string };

/** Whether the partner voucher fields are empty (none used), complete and valid, or need correcting. */
export function partnerVoucherState(v: PartnerVoucherValue): 'none' | 'ok' | 'incomplete' | 'badRegion' {
  const region = v.region.trim();
  const number = v.number.trim();
  const code = v.code.trim();
  if (!region && !number && !code) return 'none';
  if (!region || !number || code.length < 10) return 'incomplete';
  return PARTNER_CODE.test(region) ? 'ok' : 'badRegion';
}

/**
 * 通兑: a voucher of a partner region, by the region's code, the voucher number and the holder's redemption code (shown
 * on the voucher's page in its own region); that region checks and holds it.
 */
export function PartnerVoucherFields({
  value,
  onChange,
}: {
  value: PartnerVoucherValue;
  onChange: (v: PartnerVoucherValue) => void;
}) {
  const { t } = useTranslation('interop');
  const state = partnerVoucherState(value);
  return (
    <div style={{ marginTop: 16 }} data-testid="accept-partner">
      <Typography.Text strong>{t('partnerVoucher.section')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 8px' }}>
        {t('partnerVoucher.hint')}
      </Typography.Paragraph>
      <Row gutter={[8, 8]}>
        <Col xs={24} sm={10}>
          <Input
            placeholder={t('partnerVoucher.region')}
            aria-label={t('partnerVoucher.region')}
            value={value.region}
            maxLength={32}
            status={state === 'badRegion' ? 'error' : undefined}
            onChange={(e) => onChange({ ...value, region: e.target.value.toLowerCase() })}
            data-testid="accept-partner-region"
          />
        </Col>
        <Col xs={24} sm={14}>
          <Input
            placeholder={t('partnerVoucher.number')}
            aria-label={t('partnerVoucher.number')}
            value={value.number}
            maxLength={64}
            onChange={(e) => onChange({ ...value, number: e.target.value })}
            data-testid="accept-partner-number"
          />
        </Col>
        <Col xs={24}>
          <Input
            placeholder={t('partnerVoucher.code')}
            aria-label={t('partnerVoucher.code')}
            value={value.code}
            maxLength={32}
            autoComplete="off"
            onChange={(e) => onChange({ ...value, code: e.target.value.toUpperCase() })}
            data-testid="accept-partner-code"
          />
        </Col>
      </Row>
      {(state === 'badRegion' || state === 'incomplete') && (
        <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid="accept-partner-error">
          {state === 'badRegion' ? t('partnerVoucher.regionInvalid') : t('partnerVoucher.both')}
        </Typography.Text>
      )}
    </div>
  );
}
