import { CONTRACT_KIND_INFO, NON_TECHNICAL_COST_INFO } from '@cz/shared/market';
import { Alert, App, Button, Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { useLocale } from '../../../../app/i18n/LocaleProvider';
import { uploadUrl } from '../../../../kit/api/uploads';
import { DataTable } from '../../../../kit/components/DataTable';
import { FileUploader } from '../../../../kit/components/FileUploader';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate, formatDateTime } from '../../../../kit/datetime';
import { useFormatMoney } from '../../../../kit/money';
import { ContractStatusTag } from '../../components/dealTags';
import { useApplyRegistration, useConfirmContract, useContract, useSignedFile } from '../../deals.api';

/**
 * A technology contract: its terms, 技术交易额, payments and the two sides' confirmations. A side confirms the text
 * or changes the draft; once signed, the scan of the signed paper is added and the seller applies for registration.
 */
export function ContractPage() {
  const { t } = useTranslation('market');
  const { locale } = useLocale();
  const { message } = App.useApp();
  const money = useFormatMoney();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const one = useContract(id);
  const confirm = useConfirmContract();
  const signed = useSignedFile();
  const apply = useApplyRegistration();
  const [scan, setScan] = useState<string[]>([]);
  const words = (w: { zh: string; en: string }) => (locale === 'zh-CN' ? w.zh : w.en);

  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const c = one.data;
  if (!c) return <Spin />;
  const mine = c.side !== null;
  const myConfirmation = c.side === 'seller' ? c.sellerConfirmedAt : c.buyerConfirmedAt;
  const run = (p: Promise<unknown>, done: string) =>
    p.then(
      () => message.success(done),
      (err) => message.error(errorMessage(err)),
    );

  return (
    <div data-testid="contract" data-id={c.id} data-status={c.status}>
      <PageHeader
        title={c.title}
        subtitle={`${words(CONTRACT_KIND_INFO[c.kind])} · ${c.sellerName} ⇄ ${c.buyerName}`}
        extra={
          <Space wrap>
            {mine && c.status === 'draft' && !myConfirmation && (
              <Button
                type="primary"
                loading={confirm.isPending}
                onClick={() => run(confirm.mutateAsync(c.id), t('contracts.confirmed'))}
                data-testid="contract-confirm"
              >
                {t('contracts.confirm')}
              </Button>
            )}
            {mine && c.status === 'draft' && (
              <LinkButton to={`/my/market/contracts/${c.id}/edit`} data-testid="contract-edit">
                {t('contracts.edit')}
              </LinkButton>
            )}
            {c.side === 'seller' && c.status === 'signed' && c.signedFile && c.registrationId === null && (
              <Button
                type="primary"
                loading={apply.isPending}
                onClick={() =>
                  apply.mutateAsync(c.id).then(
                    (r) => {
                      message.success(t('contracts.applied'));
                      navigate(`/my/market/registrations/${r.id}`);
                    },
                    (err) => message.error(errorMessage(err)),
                  )
                }
                data-testid="contract-apply"
              >
                {t('contracts.apply')}
              </Button>
            )}
            {c.registrationId !== null && (
              <LinkButton
                to={`${mine ? '/my' : '/admin'}/market/registrations/${c.registrationId}`}
                data-testid="contract-registration"
              >
                {t('contracts.viewRegistration')}
              </LinkButton>
            )}
          </Space>
        }
      />
      {c.status === 'draft' && (
        <Alert type="info" showIcon title={t('contracts.confirmHint')} style={{ marginBottom: 16 }} />
      )}
      {c.side === 'seller' && c.status === 'signed' && c.registrationId === null && (
        <Alert type="info" showIcon title={t('contracts.applyHint')} style={{ marginBottom: 16 }} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('deals.columns.status')}>
            <ContractStatusTag status={c.status} testId="contract-status" />
          </Descriptions.Item>
          <Descriptions.Item label={t('contracts.fields.kind')}>
            {words(CONTRACT_KIND_INFO[c.kind])}（{CONTRACT_KIND_INFO[c.kind].article}）
          </Descriptions.Item>
          <Descriptions.Item label={t('deals.columns.seller')}>{c.sellerName}</Descriptions.Item>
          <Descriptions.Item label={t('deals.columns.buyer')}>
            {c.buyerName}
            {c.buyerUscc ? `（${c.buyerUscc}）` : ''}
          </Descriptions.Item>
          {c.offline && (
            <Descriptions.Item label={t('contracts.offline.origin')}>
              <span data-testid="contract-offline">{t('contracts.offline.signedOutside')}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('contracts.fields.amount')}>{money(c.amountFen)}</Descriptions.Item>
          <Descriptions.Item label={t('contracts.fields.nonTechnicalTotal')}>
            {money(c.nonTechnicalFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('contracts.fields.techTrade')} span={2}>
            <span data-testid="contract-tech-trade" data-amount={c.techTradeFen}>
              {money(c.techTradeFen)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('contracts.fields.sellerConfirmed')}>
            {c.sellerConfirmedAt ? formatDateTime(c.sellerConfirmedAt) : t('contracts.notConfirmed')}
          </Descriptions.Item>
          <Descriptions.Item label={t('contracts.fields.buyerConfirmed')}>
            {c.buyerConfirmedAt ? formatDateTime(c.buyerConfirmedAt) : t('contracts.notConfirmed')}
          </Descriptions.Item>
          <Descriptions.Item label={t('contracts.fields.signedFile')} span={2}>
            {c.signedFile ? (
              <a href={uploadUrl(c.signedFile.hash)} target="_blank" rel="noreferrer" data-testid="contract-scan">
                {c.signedFile.name}
              </a>
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
        {mine && c.status === 'signed' && c.registrationId === null && (
          <Space align="end" style={{ marginTop: 16 }} wrap>
            <FileUploader max={1} value={scan} onChange={setScan} testId="contract-scan-upload" />
            <Button
              disabled={scan.length === 0}
              loading={signed.isPending}
              onClick={() =>
                run(signed.mutateAsync({ id: c.id, signedFile: scan[0] as string }), t('contracts.signedSaved'))
              }
              data-testid="contract-scan-save"
            >
              {t('contracts.uploadSigned')}
            </Button>
          </Space>
        )}
      </Card>
      {c.nonTechnical.length > 0 && (
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('contracts.fields.nonTechnical')}
            </Typography.Title>
          }
          style={{ marginBottom: 16 }}
        >
          <DataTable
            rowKey={(_, i) => String(i)}
            pagination={false}
            size="small"
            dataSource={c.nonTechnical}
            columns={[
              {
                title: t('contracts.fields.lineKind'),
                dataIndex: 'kind',
                render: (k: keyof typeof NON_TECHNICAL_COST_INFO) => words(NON_TECHNICAL_COST_INFO[k]),
              },
              { title: t('contracts.fields.lineDescription'), dataIndex: 'description' },
              {
                title: t('contracts.fields.lineAmount'),
                dataIndex: 'amountFen',
                align: 'right',
                render: (v: number) => money(v),
              },
            ]}
          />
        </Card>
      )}
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('contracts.fields.payments')}
          </Typography.Title>
        }
      >
        <DataTable
          rowKey={(_, i) => String(i)}
          pagination={false}
          size="small"
          dataSource={c.payments}
          columns={[
            { title: t('contracts.fields.dueOn'), dataIndex: 'dueOn', render: (d: string) => formatDate(d) },
            {
              title: t('contracts.fields.payAmount'),
              dataIndex: 'amountFen',
              align: 'right',
              render: (v: number) => money(v),
            },
            { title: t('contracts.fields.note'), dataIndex: 'note' },
          ]}
        />
      </Card>
    </div>
  );
}
