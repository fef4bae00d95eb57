import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors';
import { downloadFile, type QueryParams } from '../api/client';

/** Downloads the server's Excel export of what the list shows (its filters, without paging). */
export function ExportButton({
  path,
  query,
  fileName,
  testId,
  children,
}: {
  path: string;
  query?: QueryParams | undefined;
  fileName: string;
  testId?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    setBusy(true);
    try {
      await downloadFile(path, query, fileName);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={onClick} data-testid={testId}>
      {children ?? t('common.export')}
    </Button>
  );
}
