import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../kit/components/LinkButton';
import { useDocumentTitle } from '../kit/title';

/** An unknown address, or (`record`) an address whose record does not exist: nothing to retry. */
export function NotFoundPage({ record = false }: { record?: boolean }) {
  const { t } = useTranslation();
  const title = record ? t('notFound.record') : t('notFound.title');
  useDocumentTitle(title);
  return (
    <Result
      status="404"
      data-testid="not-found"
      title={
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {title}
        </Typography.Title>
      }
      subTitle={record ? t('notFound.recordHint') : undefined}
      extra={
        <LinkButton to="/" type="primary">
          {t('notFound.back')}
        </LinkButton>
      }
    />
  );
}
