import { CheckCircleFilled, ExclamationCircleFilled, UploadOutlined } from '@ant-design/icons';
import type { MaterialKind, MaterialRequirement, MaterialUsedBy, Resolution } from '@cz/shared/materials';
import { Alert, Button, Card, Flex, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadUrl } from '../../../kit/api/uploads';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDate } from '../../../kit/datetime';
import { useResolve } from '../api';
import { useMaterialsLabels } from '../labels';
import { MaterialFormModal, type MaterialFormTarget } from './MaterialFormModal';
import { ReviewTag, ValidityTag } from './MaterialTags';

export type MaterialsPickerProps = {
  /** The applying enterprise. */
  orgId: number;
  /** What the application needs (`requirementSchema` of @cz/shared/materials). */
  requirements: MaterialRequirement[];
  /** The date the requirements are checked on; today (Asia/Shanghai) unless told. */
  onDate?: string;
  /** The application asking, recorded with each upload it asks for (the 'asked again' measure). */
  askedFor?: Omit<MaterialUsedBy, 'id'> & { id: number | null };
  /** The ids of the materials the vault supplies, and whether every requirement is met; called on every change. */
  onChange?: (materialIds: number[], complete: boolean) => void;
};

/**
 * What the vault supplies for an application's requirements: per requirement, the valid materials it will attach
 * (their period, validity, check and file), or what is missing and why, with an upload for just that. The page that
 * shows it loads the `materials` namespace with its own (`page(['policy', 'materials'], …)`). 材料一次报送: nothing
 * the vault holds valid is asked for again.
 */
export function MaterialsPicker({ orgId, requirements, onDate, askedFor, onChange }: MaterialsPickerProps) {
  const { t } = useTranslation('materials');
  const resolved = useResolve(orgId, requirements, onDate);
  const [asking, setAsking] = useState<MaterialFormTarget | null>(null);
  const data = resolved.data;

  useEffect(() => {
    if (!data) return;
    const ids = [...new Set(data.items.flatMap((i) => i.materials.map((m) => m.id)))];
    onChange?.(ids, data.complete);
  }, [data, onChange]);

  if (resolved.isError) return <QueryError error={resolved.error} onRetry={() => resolved.refetch()} />;
  if (!data) return <Skeleton active />;
  const missing = data.items.filter((i) => !i.satisfied).length;

  return (
    <div data-testid="materials-picker" data-complete={data.complete} data-missing={missing}>
      <Alert
        type={data.complete ? 'success' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        title={data.complete ? t('picker.complete') : t('picker.incomplete', { count: missing })}
        description={t('picker.hint')}
      />
      <Flex vertical gap={12}>
        {data.items.map((item, i) => (
          <RequirementCard
            key={`${item.requirement.kind}:${item.requirement.year ?? ''}:${item.requirement.validOn ?? ''}`}
            item={item}
            index={i}
            onUpload={(kind, year) => setAsking({ mode: 'add', kind, year, askedFor })}
          />
        ))}
      </Flex>
      <MaterialFormModal orgId={orgId} target={asking} onClose={() => setAsking(null)} />
    </div>
  );
}

function RequirementCard({
  item,
  index,
  onUpload,
}: {
  item: Resolution;
  index: number;
  onUpload: (kind: MaterialKind, year: number | undefined) => void;
}) {
  const { t } = useTranslation('materials');
  const labels = useMaterialsLabels();
  const req = item.requirement;
  const what =
    typeof req.year === 'number'
      ? t('period.year', { year: req.year })
      : req.year
        ? t(`picker.years.${req.year}`)
        : req.validOn
          ? t('picker.validOn', { date: formatDate(req.validOn) })
          : '';
  return (
    <Card
      size="small"
      data-testid={`picker-requirement-${index}`}
      data-kind={req.kind}
      data-satisfied={item.satisfied}
      title={
        <Space wrap size={6}>
          {item.satisfied ? (
            <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />
          ) : (
            <ExclamationCircleFilled style={{ color: '#d46b08' }} aria-hidden />
          )}
          <span>{labels.kind(req.kind)}</span>
          {what && <Typography.Text type="secondary">{what}</Typography.Text>}
        </Space>
      }
    >
      {item.materials.length > 0 && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {item.materials.map((m) => (
            <li key={m.id} style={{ marginBottom: 6 }} data-testid={`picker-material-${m.id}`}>
              <Space wrap size={6}>
                <Typography.Text>{t('picker.fromVault')}</Typography.Text>
                <Typography.Link href={uploadUrl(m.file)} target="_blank">
                  {m.title}
                </Typography.Link>
                <Typography.Text type="secondary">{labels.period(m)}</Typography.Text>
                <ValidityTag m={m} />
                <ReviewTag m={m} />
              </Space>
            </li>
          ))}
        </ul>
      )}
      {item.missing.map((gap) => (
        <Flex
          key={`${gap.year ?? 'any'}`}
          wrap
          gap={8}
          align="center"
          justify="space-between"
          data-testid={`picker-missing-${index}-${gap.year ?? 'any'}`}
          data-reason={gap.reason}
          style={{ marginTop: 6 }}
        >
          <Typography.Text type="warning">
            {gap.year !== null
              ? t('picker.yearMissing', { year: gap.year, reason: t(`picker.reasons.${gap.reason}`) })
              : t(`picker.reasons.${gap.reason}`)}
          </Typography.Text>
          <Button
            size="small"
            icon={<UploadOutlined />}
            onClick={() => onUpload(req.kind, gap.year ?? undefined)}
            data-testid={`picker-upload-${index}-${gap.year ?? 'any'}`}
            aria-label={t('picker.uploadFor', { kind: labels.kind(req.kind) })}
          >
            {t('picker.upload')}
          </Button>
        </Flex>
      ))}
    </Card>
  );
}
