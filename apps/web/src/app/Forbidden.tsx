import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../kit/title';

export function Forbidden() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.title'));
  return (
    <Result
      status="403"
      title={
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {t('forbidden.title')}
        </Typography.Title>
      }
    />
  );
}
