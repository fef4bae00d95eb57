import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ApiError } from '../api/client';

/**
 * A failed load: a record that does not exist (404) gets the not-found page, since retrying cannot bring it back;
 * anything else says what failed and offers to retry.
 */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) return <NotFoundPage record />;
  return (
    <Result
      status="warning"
      title={t('common.loadFailed')}
      subTitle={errorMessage(error)}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  );
}
