import type { AttachedMaterial, PolicyApplicationDetail } from '@cz/shared/policy';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadUrl } from '../../../../kit/api/uploads';
import { formatDateTime } from '../../../../kit/datetime';
import { MaterialFormModal, type MaterialFormTarget } from '../../../materials/components';
import { useMaterialsLabels } from '../../../materials/labels';

/**
 * The materials an application handed in, as they were when attached (a used material never changes in place),
 * with the ones a correction replaced. When the department returned it naming a material, its enterprise uploads the
 * corrected one here: a new version in the vault, taken on resubmission.
 */
export function AttachedMaterials({ a, correcting }: { a: PolicyApplicationDetail; correcting?: boolean }) {
  const { t } = useTranslation('policy');
  const labels = useMaterialsLabels();
  const [asking, setAsking] = useState<MaterialFormTarget | null>(null);
  const named = new Set(a.returnItems.flatMap((i) => (i.target === 'material' ? [i.kind] : [])));
  const current = a.materials.filter((m) => m.replacedAt === null);
  const replaced = a.materials.filter((m) => m.replacedAt !== null);
  const row = (m: AttachedMaterial) => (
    <List.Item key={`${m.materialId}`} data-testid={`attached-${m.materialId}`} data-kind={m.kind}>
      <Space wrap size={6}>
        <Typography.Text strong>{labels.kind(m.kind)}</Typography.Text>
        <Typography.Link href={uploadUrl(m.file)} target="_blank">
          {m.title}
        </Typography.Link>
        <Typography.Text type="secondary">{labels.period(m)}</Typography.Text>
        {m.replacedAt && <Tag>{t('applications.materials.replaced', { at: formatDateTime(m.replacedAt) })}</Tag>}
        {correcting && named.has(m.kind) && !m.replacedAt && (
          <Tag color="orange">{t('applications.materials.toCorrect')}</Tag>
        )}
      </Space>
    </List.Item>
  );
  return (
    <Card size="small" title={t('applications.materials.title')} data-testid="attached-materials">
      {a.materials.length === 0 && a.requirements.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applications.materials.none')} />
      ) : (
        <>
          <List size="small" dataSource={current} renderItem={row} />
          {correcting && named.size > 0 && (
            <Space wrap style={{ marginTop: 8 }}>
              {[...named].map((kind) => {
                const old = current.find((m) => m.kind === kind);
                return (
                  <Button
                    key={kind}
                    onClick={() => setAsking({ mode: 'add', kind, year: old?.year ?? undefined })}
                    data-testid={`correct-material-${kind}`}
                  >
                    {t('applications.materials.correct', { kind: labels.kind(kind) })}
                  </Button>
                );
              })}
            </Space>
          )}
          {replaced.length > 0 && (
            <>
              <Typography.Title level={3} style={{ fontSize: 14, marginTop: 12 }}>
                {t('applications.materials.history')}
              </Typography.Title>
              <List size="small" dataSource={replaced} renderItem={row} />
            </>
          )}
        </>
      )}
      <MaterialFormModal orgId={a.orgId} target={asking} onClose={() => setAsking(null)} />
    </Card>
  );
}
