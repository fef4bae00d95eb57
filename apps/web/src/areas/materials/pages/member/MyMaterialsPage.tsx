import { EditOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { MATERIAL_KIND_CODES, MATERIAL_KINDS, type Material, type MaterialKind } from '@cz/shared/materials';
import { Alert, Button, Card, Col, Empty, Flex, Input, Row, Space, Spin, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { uploadUrl } from '../../../../kit/api/uploads';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useVault } from '../../api';
import { MaterialFormModal, type MaterialFormTarget } from '../../components/MaterialFormModal';
import { ReviewTag, ValidityTag } from '../../components/MaterialTags';
import { useMaterialsLabels } from '../../labels';

const VAULT_LIST = defineList({ filters: { q: filter.text } });

/**
 * 企业材料库: the enterprise's materials by kind, each with its period, validity, check and file, and the actions to
 * replace one with a newer version or add one; what ends within 30 days, or has ended, is named at the top. Searched
 * by title on the server (in the URL) and exported.
 */
export function MyMaterialsPage() {
  const { t } = useTranslation('materials');
  const { me } = useAuth();
  const orgId = me?.org?.id;
  const [history, setHistory] = useState(false);
  const listPage = useListPage(VAULT_LIST);
  const { q } = listPage.filters;
  const status = history ? 'all' : 'current';
  const vault = useVault(orgId, { q, status, pageSize: 200 });
  const [target, setTarget] = useState<MaterialFormTarget | null>(null);
  const labels = useMaterialsLabels();

  const header = (
    <PageHeader
      title={t('mine.title')}
      subtitle={t('mine.subtitle')}
      extra={
        orgId ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setTarget({ mode: 'add' })}
            data-testid="material-add"
          >
            {t('mine.add')}
          </Button>
        ) : null
      }
    />
  );
  if (!orgId)
    return (
      <div>
        {header}
        <Empty description={t('mine.noOrg')} />
      </div>
    );
  if (vault.isError) return <QueryError error={vault.error} onRetry={() => vault.refetch()} />;
  const items = vault.data?.items ?? [];
  const current = items.filter((m) => m.status === 'current');
  const attention = current.filter((m) => m.validity === 'expiring' || m.validity === 'expired');
  const byKind = new Map<MaterialKind, Material[]>();
  for (const m of items) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);

  return (
    <div data-testid="my-materials" data-total={vault.data?.total ?? ''}>
      {header}
      {attention.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="materials-expiring"
          title={t('mine.attention', { count: attention.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {attention.map((m) => (
                <li key={m.id}>
                  {labels.kind(m.kind)} · {m.title} ·{' '}
                  {m.validity === 'expired'
                    ? t('mine.endedOn', { date: m.validTo })
                    : t('mine.endsOn', { date: m.validTo, days: m.daysLeft })}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Flex justify="flex-end" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          key={q ?? ''}
          defaultValue={q}
          allowClear
          placeholder={t('mine.searchPlaceholder')}
          aria-label={t('mine.searchPlaceholder')}
          onSearch={(v) => listPage.setFilter('q', v.trim())}
          style={{ width: 280, maxWidth: '100%', marginInlineEnd: 'auto' }}
          data-testid="materials-search"
        />
        <ExportButton
          path={`/materials/orgs/${orgId}/export.xlsx`}
          query={{ q, status }}
          fileName="materials.xlsx"
          testId="materials-export"
        />
        <Switch
          checked={history}
          onChange={setHistory}
          aria-label={t('mine.history')}
          data-testid="materials-history"
          id="materials-history"
        />
        <label htmlFor="materials-history">{t('mine.history')}</label>
      </Flex>
      {vault.isLoading ? (
        <Spin />
      ) : (
        <Row gutter={[12, 12]}>
          {MATERIAL_KIND_CODES.map((kind) => (
            <Col xs={24} lg={12} key={kind}>
              <KindCard
                kind={kind}
                materials={byKind.get(kind) ?? []}
                onAdd={() => setTarget({ mode: 'add', kind })}
                onReplace={(material) => setTarget({ mode: 'replace', material })}
                onEdit={(material) => setTarget({ mode: 'edit', material })}
              />
            </Col>
          ))}
        </Row>
      )}
      <MaterialFormModal orgId={orgId} target={target} onClose={() => setTarget(null)} />
    </div>
  );
}

function KindCard({
  kind,
  materials,
  onAdd,
  onReplace,
  onEdit,
}: {
  kind: MaterialKind;
  materials: Material[];
  onAdd: () => void;
  onReplace: (m: Material) => void;
  onEdit: (m: Material) => void;
}) {
  const { t } = useTranslation('materials');
  const labels = useMaterialsLabels();
  const def = MATERIAL_KINDS[kind];
  const name = labels.kind(kind);
  const rule = def.period === 'year' ? t('mine.perYear') : def.multiple ? t('mine.several') : t('mine.single');
  return (
    <Card
      size="small"
      style={{ height: '100%' }}
      data-testid={`materials-kind-${kind}`}
      title={
        <Space wrap size={6}>
          <span>{name}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
            {rule}
          </Typography.Text>
        </Space>
      }
      extra={
        <Button
          size="small"
          type="link"
          icon={<PlusOutlined />}
          onClick={onAdd}
          aria-label={t('mine.addOf', { kind: name })}
          data-testid={`materials-add-${kind}`}
        >
          {t('mine.addShort')}
        </Button>
      }
    >
      {materials.length === 0 ? (
        <Typography.Text type="secondary">{t('mine.empty')}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {materials.map((m) => (
            <li
              key={m.id}
              data-testid={`material-${m.id}`}
              data-status={m.status}
              style={{ padding: '6px 0', borderTop: '1px solid #f0f0f0', opacity: m.status === 'current' ? 1 : 0.65 }}
            >
              <Flex wrap gap={6} align="center" justify="space-between">
                <Space wrap size={6}>
                  <Typography.Link href={uploadUrl(m.file)} target="_blank" data-testid={`material-file-${m.id}`}>
                    {m.title}
                  </Typography.Link>
                  <Typography.Text type="secondary">{labels.period(m)}</Typography.Text>
                  {m.status === 'current' ? <ValidityTag m={m} /> : <Tag>{t('status.superseded')}</Tag>}
                  <ReviewTag m={m} />
                  {m.uses > 0 && <Tag>{t('mine.used', { count: m.uses })}</Tag>}
                </Space>
                {m.status === 'current' && (
                  <Space size={4}>
                    {m.uses === 0 && (
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => onEdit(m)}
                        aria-label={t('mine.editOf', { title: m.title })}
                        data-testid={`material-edit-${m.id}`}
                      >
                        {t('mine.edit')}
                      </Button>
                    )}
                    <Button
                      size="small"
                      icon={<SyncOutlined />}
                      onClick={() => onReplace(m)}
                      aria-label={t('mine.replaceOf', { title: m.title })}
                      data-testid={`material-replace-${m.id}`}
                    >
                      {t('mine.replace')}
                    </Button>
                  </Space>
                )}
              </Flex>
              {m.review === 'rejected' && m.rejectReason && (
                <Typography.Text type="danger" style={{ display: 'block', marginTop: 4 }}>
                  {t('mine.rejectedFor', { reason: m.rejectReason })}
                </Typography.Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
