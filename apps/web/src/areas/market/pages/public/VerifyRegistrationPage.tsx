import { CONTRACT_KIND_INFO, type ContractKind } from '@cz/shared/market';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { useLocale } from '../../../../app/i18n/LocaleProvider';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { formatDate } from '../../../../kit/datetime';
import { useFormatMoney } from '../../../../kit/money';
import { useVerifyRegistration } from '../../api';

/**
 * 合同登记核验: what a certificate's QR code opens, or where anyone types a certificate's number and verification
 * code. It shows the registration as the platform recorded it, to be compared with the paper.
 */
export function VerifyRegistrationPage() {
  const { t } = useTranslation('market');
  const { locale } = useLocale();
  const money = useFormatMoney();
  const navigate = useNavigate();
  const number = useParams().number ?? '';
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const result = useVerifyRegistration(number, code);
  const kind = (k: ContractKind) => (locale === 'zh-CN' ? CONTRACT_KIND_INFO[k].zh : CONTRACT_KIND_INFO[k].en);

  return (
    <div>
      <PageHeader title={t('verify.title')} subtitle={t('verify.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Form
          layout="vertical"
          initialValues={{ number, code }}
          onFinish={(v: { number: string; code: string }) =>
            navigate(`/verify/contract/${v.number.trim()}?code=${encodeURIComponent(v.code.trim().toUpperCase())}`)
          }
        >
          <Row gutter={12}>
            <Col xs={24} md={10}>
              <Form.Item
                name="number"
                label={t('verify.number')}
                rules={[{ required: true, pattern: /^\d{6,20}$/, message: t('verify.numberRule') }]}
              >
                <Input inputMode="numeric" autoComplete="off" data-testid="verify-number" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="code"
                label={t('verify.code')}
                rules={[{ required: true, pattern: /^[0-9A-Za-z]{10}$/, message: t('verify.codeRule') }]}
              >
                <Input autoComplete="off" data-testid="verify-code" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6} style={{ display: 'flex', alignItems: 'flex-end', paddingBottom: 24 }}>
              <Button type="primary" htmlType="submit" data-testid="verify-submit">
                {t('verify.submit')}
              </Button>
            </Col>
          </Row>
        </Form>
      </Card>
      {number && code && (
        <Card>
          {result.isLoading && <Spin />}
          {result.isError && (
            <Alert type="error" showIcon title={errorMessage(result.error)} data-testid="verify-failed" />
          )}
          {result.data && (
            <div data-testid="verify-result" data-number={result.data.number}>
              <Alert type="success" showIcon title={t('verify.ok')} style={{ marginBottom: 16 }} />
              <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
                <Descriptions.Item label={t('verify.number')}>{result.data.number}</Descriptions.Item>
                <Descriptions.Item label={t('verify.registeredOn')}>
                  {formatDate(result.data.registeredOn)}
                </Descriptions.Item>
                <Descriptions.Item label={t('verify.contract')}>{result.data.contractTitle}</Descriptions.Item>
                <Descriptions.Item label={t('verify.kind')}>{kind(result.data.kind)}</Descriptions.Item>
                <Descriptions.Item label={t('verify.seller')}>{result.data.sellerName}</Descriptions.Item>
                <Descriptions.Item label={t('verify.buyer')}>{result.data.buyerName}</Descriptions.Item>
                <Descriptions.Item label={t('verify.amount')}>{money(result.data.amountFen)}</Descriptions.Item>
                <Descriptions.Item label={t('verify.techTrade')}>
                  <span data-testid="verify-tech-trade" data-amount={result.data.techTradeFen}>
                    {money(result.data.techTradeFen)}
                  </span>
                </Descriptions.Item>
              </Descriptions>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
