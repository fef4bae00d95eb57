import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useNewsArticle } from '../../api';
import { ArticleView } from '../../components/ArticleView';

/** One public article: its title, date, department, cover, body and attachments; an event's time and place. */
export function NewsDetailPage() {
  const { t } = useTranslation('news');
  const id = Number(useParams().id) || undefined;
  const article = useNewsArticle(id);

  if (article.isError) return <QueryError error={article.error} onRetry={() => article.refetch()} />;
  const a = article.data;
  return (
    <div className="article-shell" data-testid="news-article" data-id={a?.id ?? ''}>
      {a ? (
        <>
          <PageHeader
            title={a.title}
            extra={
              <LinkButton to={`/news?category=${a.category}`} icon={<ArrowLeftOutlined />}>
                {t('detail.back')}
              </LinkButton>
            }
          />
          <Card>
            <ArticleView a={a} />
          </Card>
        </>
      ) : (
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      )}
    </div>
  );
}
