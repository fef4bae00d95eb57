import { ipVerificationBodySchema } from '@cz/shared/ip';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Row, Space, Spin, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isAdminRole, useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { uploadUrl } from '../../../../kit/api/uploads';
import { FileUploader } from '../../../../kit/components/FileUploader';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { formatDate, formatDateTime } from '../../../../kit/datetime';
import { useAttachIpCertificate, useDecideIpRecord, useIpRecord } from '../../api';
import { IpEventModal } from '../../components/IpEventModal';
import { ClassTag, LegalStatusTag, VerificationTag } from '../../components/IpTags';
import { useIpLabels } from '../../labels';

const reasonField = ipVerificationBodySchema.options[1].shape.reason;

/** One record: its facts, events as a timeline, the certificate, and (for the administration) the verification. */
export function IpRecordPage() {
  const { t } = useTranslation('ip');
  const { message } = App.useApp();
  const { me } = useAuth();
  const id = Number(useParams().id);
  const record = useIpRecord(id);
  const labels = useIpLabels();
  const attach = useAttachIpCertificate();
  const decide = useDecideIpRecord();
  const [addingEvent, setAddingEvent] = useState(false);
  const [rejecting, setRejecting] = useState(false);

  if (record.isError) return <QueryError error={record.error} onRetry={() => record.refetch()} />;
  const r = record.data;
  if (!r) return <Spin />;
  const holder = me?.org?.id === r.orgId;
  const admin = me ? isAdminRole(me.role) : false;

  return (
    <div data-testid="ip-record" data-id={r.id} data-verification={r.verification}>
      <PageHeader
        title={r.title}
        subtitle={`${labels.kind(r.kind)} · ${r.number}`}
        extra={
          <>
            {holder && (
              <LinkButton to={`/my/ip/${r.id}/edit`} data-testid="ip-edit">
                {t('detail.edit')}
              </LinkButton>
            )}
            {holder && (
              <Button onClick={() => setAddingEvent(true)} data-testid="ip-event-add">
                {t('events.add')}
              </Button>
            )}
            {admin && r.verification === 'pending' && (
              <>
                <Button
                  type="primary"
                  disabled={!r.certificate}
                  data-testid="ip-verify"
                  onClick={() =>
                    decide.mutateAsync({ id: r.id, body: { decision: 'verify' } }).then(
                      () => message.success(t('verify.verified')),
                      (err) => message.error(errorMessage(err)),
                    )
                  }
                >
                  {t('verify.verify')}
                </Button>
                <Button danger onClick={() => setRejecting(true)} data-testid="ip-reject">
                  {t('verify.reject')}
                </Button>
              </>
            )}
            <LinkButton to={admin && !holder ? '/admin/ip' : '/my/ip'}>{t('detail.back')}</LinkButton>
          </>
        }
      />
      {r.verification === 'rejected' && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('detail.rejected', { reason: r.rejectReason ?? '' })}
        />
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Card title={t('detail.facts')}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
              <Descriptions.Item label={t('fields.number')}>{r.number}</Descriptions.Item>
              <Descriptions.Item label={t('fields.kind')}>{labels.kind(r.kind)}</Descriptions.Item>
              <Descriptions.Item label={t('fields.ipClass')}>
                <ClassTag ipClass={r.ipClass} />
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.counted')}>
                {r.counted ? t('detail.counted') : t('detail.notCounted')}
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.org')}>{r.orgName}</Descriptions.Item>
              <Descriptions.Item label={t('fields.holders')}>{r.holders || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('fields.appliedOn')}>{formatDate(r.appliedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('fields.grantedOn')}>{formatDate(r.grantedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('fields.expiresOn')}>{formatDate(r.expiresOn)}</Descriptions.Item>
              <Descriptions.Item label={t('fields.feeDueOn')}>{formatDate(r.feeDueOn)}</Descriptions.Item>
              <Descriptions.Item label={t('fields.legalStatus')}>
                <LegalStatusTag status={r.legalStatus} />
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.acquisition')}>{labels.acquisition(r.acquisition)}</Descriptions.Item>
              <Descriptions.Item label={t('fields.verification')}>
                <VerificationTag verification={r.verification} testId="ip-verification" />
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.verifiedAt')}>{formatDateTime(r.verifiedAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('detail.certificate')} style={{ marginBottom: 12 }}>
            {r.certificate ? (
              <Typography.Link href={uploadUrl(r.certificate)} target="_blank" data-testid="ip-certificate-link">
                {t('detail.openCertificate')}
              </Typography.Link>
            ) : (
              <Typography.Text type="secondary">{t('detail.noCertificate')}</Typography.Text>
            )}
            {holder && (
              <div style={{ marginTop: 12 }}>
                <FileUploader
                  max={1}
                  testId="ip-certificate-upload"
                  onChange={(hashes) => {
                    const certificate = hashes[0];
                    if (!certificate) return;
                    attach.mutateAsync({ id: r.id, certificate }).then(
                      () => message.success(t('detail.certificateSaved')),
                      (err) => message.error(errorMessage(err)),
                    );
                  }}
                />
              </div>
            )}
          </Card>
          <Card title={t('events.title')}>
            {r.events.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('events.none')} />
            ) : (
              <Timeline
                data-testid="ip-events"
                items={r.events.map((e) => ({
                  key: e.id,
                  content: (
                    <Space orientation="vertical" size={0}>
                      <Typography.Text strong>
                        {formatDate(e.occurredOn)} {labels.eventKind(e.kind)}
                      </Typography.Text>
                      {e.note && <Typography.Text type="secondary">{e.note}</Typography.Text>}
                    </Space>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      <IpEventModal recordId={r.id} open={addingEvent} onClose={() => setAddingEvent(false)} />
      <ReasonModal
        open={rejecting}
        title={t('verify.rejectTitle', { title: r.title })}
        label={t('verify.reason')}
        okText={t('verify.reject')}
        danger
        schema={reasonField}
        testId="ip-reject"
        onSubmit={(reason) => decide.mutateAsync({ id: r.id, body: { decision: 'reject', reason } })}
        onClose={() => setRejecting(false)}
      />
    </div>
  );
}
