import { CloudDownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportReport } from '@cz/shared';
import { Alert, App, Button, Modal, Progress, Space, Statistic, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { hasKey, tKey } from '../../../app/i18n';
import { ApiError, downloadFile } from '../../../kit/api/client';
import { DataTable } from '../../../kit/components/DataTable';
import { useOverlayWidth } from '../../../kit/responsive';
import { uploadIpImport } from '../api';

type Mode = 'dry-run' | 'commit';
type Issue = ImportReport['errors'][number];

/** A row's problem in the reader's language: the message of its code, then the server's words about the cell. */
function issueText(e: Issue): string {
  const known = hasKey(`errors:${e.code}`)
    ? tKey(`errors:${e.code}`)
    : hasKey(`validation.${e.code}`)
      ? tKey(`validation.${e.code}`)
      : null;
  return known ? `${known} — ${e.message}` : e.message;
}

/**
 * Excel import of the organisation's IP: the template, a dry run that lists every bad row by its row number and
 * changes nothing, then an all-or-nothing import.
 */
export function IpImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('ip');
  const { message } = App.useApp();
  const width = useOverlayWidth(860);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<{ mode: Mode; percent: number } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const reset = () => {
    setFile(null);
    setReport(null);
    setDone(null);
  };
  const send = async (mode: Mode) => {
    if (!file) return;
    setBusy({ mode, percent: 0 });
    try {
      const r = await uploadIpImport(file, mode, {
        onProgress: (f) => setBusy({ mode, percent: Math.round(f * 100) }),
      });
      if (mode === 'commit') setDone(r.created);
      else setReport(r);
    } catch (err) {
      const r =
        err instanceof ApiError && err.code === 'ip.import_invalid' ? (err.details[0] as ImportReport) : undefined;
      if (r) setReport(r);
      else message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };
  const canCommit = report !== null && report.errors.length === 0 && report.total > 0 && done === null;
  const invalidRows = report ? new Set(report.errors.map((e) => e.row)).size : 0;

  return (
    <Modal
      open={open}
      width={width}
      title={t('import.title')}
      onCancel={() => {
        reset();
        onClose();
      }}
      footer={null}
      destroyOnHidden
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="ip-import">
        <Typography.Text type="secondary">{t('import.hint')}</Typography.Text>
        <Button
          icon={<CloudDownloadOutlined />}
          onClick={() =>
            downloadFile('/ip/import/template.xlsx', undefined, 'ip-import-template.xlsx').catch((err) =>
              message.error(errorMessage(err)),
            )
          }
          data-testid="ip-import-template"
        >
          {t('import.template')}
        </Button>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          showUploadList={false}
          disabled={busy !== null}
          beforeUpload={(f) => {
            if (!f.name.toLowerCase().endsWith('.xlsx')) message.error(t('import.onlyXlsx'));
            else {
              setFile(f);
              setReport(null);
              setDone(null);
            }
            return Upload.LIST_IGNORE;
          }}
          data-testid="ip-import-file"
        >
          <p className="ant-upload-drag-icon">
            {file ? <FileExcelOutlined style={{ color: '#389e0d' }} /> : <InboxOutlined />}
          </p>
          <p className="ant-upload-text">{file ? file.name : t('import.choose')}</p>
        </Upload.Dragger>
        <Space wrap>
          <Button
            type="primary"
            disabled={!file || busy !== null}
            onClick={() => send('dry-run')}
            data-testid="ip-import-check"
          >
            {t('import.check')}
          </Button>
          {canCommit && (
            <Button type="primary" onClick={() => send('commit')} data-testid="ip-import-commit">
              {t('import.commit')}
            </Button>
          )}
        </Space>
        {busy && <Progress percent={busy.percent} status="active" />}
        {done !== null && (
          <Alert type="success" showIcon title={t('import.done', { created: done })} data-testid="ip-import-done" />
        )}
        {report && done === null && (
          <div data-testid="ip-import-report" data-errors={report.errors.length} data-total={report.total}>
            <Space size={32} style={{ marginBottom: 12 }}>
              <Statistic title={t('import.total')} value={report.total} />
              <Statistic title={t('import.valid')} value={report.valid} />
              <Statistic title={t('import.invalid')} value={invalidRows} />
            </Space>
            {report.errors.length === 0 ? (
              report.total > 0 && <Alert type="success" showIcon title={t('import.clean')} />
            ) : (
              <DataTable<Issue>
                rowKey={(e) => `${e.row}:${e.field}:${e.code}`}
                size="small"
                dataSource={report.errors}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { title: t('import.row'), dataIndex: 'row', width: 70 },
                  {
                    title: t('import.field'),
                    dataIndex: 'field',
                    width: 150,
                    render: (f: string | null) => (f && hasKey(`ip:fields.${f}`) ? tKey(`ip:fields.${f}`) : (f ?? '—')),
                  },
                  { title: t('import.code'), dataIndex: 'code', width: 170 },
                  { title: t('import.message'), dataIndex: 'message', render: (_: string, e) => issueText(e) },
                ]}
              />
            )}
          </div>
        )}
      </Space>
    </Modal>
  );
}
