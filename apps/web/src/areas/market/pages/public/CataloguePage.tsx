import { App, Button, Card, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isAdminRole, useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { catalogueFileUrl, useCatalogue, usePublishCatalogue } from '../../deals.api';
import { useMarketLabels } from '../../labels';

/**
 * One year's 先进适用技术指导目录: its introduction and entries in order, each with its field, stage, modes and the
 * note; as PDF and Excel. The administration edits a draft, publishes it, or withdraws it.
 */
export function CataloguePage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const labels = useMarketLabels();
  const { me } = useAuth();
  const admin = me ? isAdminRole(me.role) : false;
  const id = Number(useParams().id);
  const one = useCatalogue(id);
  const publish = usePublishCatalogue();
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const c = one.data;
  if (!c) return <Spin />;
  const run = (p: boolean) =>
    publish.mutateAsync({ id, publish: p }).then(
      () => message.success(t(p ? 'catalogues.published' : 'catalogues.withdrawn')),
      (err) => message.error(errorMessage(err)),
    );
  return (
    <div data-testid="catalogue" data-id={c.id} data-status={c.status}>
      <PageHeader
        title={c.title}
        subtitle={t('catalogues.subtitleOf', { year: c.year, count: c.entries.length })}
        extra={
          <Space wrap>
            <Button href={catalogueFileUrl(c.id, 'pdf')} target="_blank" data-testid="catalogue-pdf">
              {t('catalogues.pdf')}
            </Button>
            <Button href={catalogueFileUrl(c.id, 'xlsx')} data-testid="catalogue-xlsx">
              {t('catalogues.xlsx')}
            </Button>
            {admin && c.status === 'draft' && (
              <>
                <LinkButton to={`/admin/market/catalogues/${c.id}/edit`} data-testid="catalogue-edit">
                  {t('catalogues.edit')}
                </LinkButton>
                <Button
                  type="primary"
                  onClick={() => run(true)}
                  loading={publish.isPending}
                  data-testid="catalogue-publish"
                >
                  {t('catalogues.publish')}
                </Button>
              </>
            )}
            {admin && c.status === 'published' && (
              <Button onClick={() => run(false)} loading={publish.isPending} data-testid="catalogue-withdraw">
                {t('catalogues.withdraw')}
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        {admin && (
          <Tag color={c.status === 'published' ? 'success' : 'processing'}>{t(`catalogues.statuses.${c.status}`)}</Tag>
        )}
        {c.intro && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.intro}</Typography.Paragraph>}
        <List
          dataSource={c.entries}
          data-testid="catalogue-entries"
          renderItem={(e) => (
            <List.Item
              key={e.achievementId}
              data-testid={`catalogue-entry-${e.position}`}
              data-achievement={e.achievementId}
            >
              <List.Item.Meta
                title={
                  <Link to={`/market/achievements/${e.achievementId}`}>
                    {e.position}. {e.title}
                  </Link>
                }
                description={
                  <Space orientation="vertical" size={2}>
                    <span>
                      {e.ownerName} · {labels.field(e.field)} · {labels.stage(e.stage)} ·{' '}
                      {e.transferModes.map(labels.mode).join('、')}
                    </span>
                    <Typography.Text>{e.summary}</Typography.Text>
                    {e.note && (
                      <Typography.Text type="success">{t('catalogues.noteOf', { note: e.note })}</Typography.Text>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
