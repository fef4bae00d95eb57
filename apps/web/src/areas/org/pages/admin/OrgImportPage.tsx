import { CloudDownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import type { ImportReport } from '@cz/shared';
import { App, Button, Card, Progress, Result, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { ApiError, downloadFile } from '../../../../kit/api/client';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { uploadOrgImport } from '../../api';
import { ImportReportView } from '../../components/ImportReportView';

type Mode = 'dry-run' | 'commit';
type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; mode: Mode; percent: number }
  | { kind: 'processing'; mode: Mode }
  | { kind: 'report'; report: ImportReport; fromCommit: boolean }
  | { kind: 'done'; report: ImportReport };

const isXlsx = (f: File) => f.name.toLowerCase().endsWith('.xlsx');

/** Excel import: template, dry run with a report of every bad row, then an all-or-nothing commit. */
export function OrgImportPage() {
  const { t } = useTranslation('org');
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'uploading' || phase.kind === 'processing';

  const send = async (mode: Mode) => {
    if (!file) return;
    setPhase({ kind: 'uploading', mode, percent: 0 });
    try {
      const report = await uploadOrgImport(file, mode, {
        onProgress: (f) => setPhase({ kind: 'uploading', mode, percent: Math.round(f * 100) }),
        onUploaded: () => setPhase({ kind: 'processing', mode }),
      });
      setPhase(mode === 'commit' ? { kind: 'done', report } : { kind: 'report', report, fromCommit: false });
    } catch (err) {
      const report =
        err instanceof ApiError && err.code === 'org.import_invalid'
          ? (err.details[0] as ImportReport | undefined)
          : undefined;
      if (report) setPhase({ kind: 'report', report, fromCommit: mode === 'commit' });
      else {
        message.error(errorMessage(err));
        setPhase({ kind: 'idle' });
      }
    }
  };

  const template = async () => {
    try {
      await downloadFile('/orgs/import/template.xlsx', undefined, 'enterprise-import-template.xlsx');
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const restart = () => {
    setFile(null);
    setPhase({ kind: 'idle' });
  };

  const step = phase.kind === 'done' ? 3 : file ? 2 : 1;
  const canCommit =
    phase.kind === 'report' && !phase.fromCommit && phase.report.errors.length === 0 && phase.report.total > 0;

  return (
    <div style={{ maxWidth: 960 }}>
      <PageHeader title={t('import.title')} subtitle={t('import.hint')} />
      <Card>
        <Steps
          current={step}
          style={{ marginBottom: 24 }}
          items={[{ title: t('import.step1') }, { title: t('import.step2') }, { title: t('import.step3') }]}
        />
        {phase.kind === 'done' ? (
          <Result
            status="success"
            title={t('import.committed', { created: phase.report.created })}
            data-testid="import-done"
            extra={[
              <Link to="/admin/orgs" key="list">
                <Button type="primary">{t('import.viewList')}</Button>
              </Link>,
              <Button key="again" onClick={restart}>
                {t('import.again')}
              </Button>,
            ]}
          />
        ) : (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Button icon={<CloudDownloadOutlined />} onClick={template} data-testid="import-template">
              {t('import.downloadTemplate')}
            </Button>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              disabled={busy}
              beforeUpload={(f) => {
                if (!isXlsx(f)) message.error(t('import.onlyXlsx'));
                else {
                  setFile(f);
                  setPhase({ kind: 'idle' });
                }
                return Upload.LIST_IGNORE;
              }}
              data-testid="import-file"
            >
              <p className="ant-upload-drag-icon">
                {file ? <FileExcelOutlined style={{ color: '#389e0d' }} /> : <InboxOutlined />}
              </p>
              <p className="ant-upload-text">{file ? file.name : t('import.chooseFile')}</p>
              {file && <p className="ant-upload-hint">{(file.size / 1024).toFixed(1)} KB</p>}
            </Upload.Dragger>
            <Space wrap>
              <Button
                type="primary"
                disabled={!file || busy}
                onClick={() => send('dry-run')}
                data-testid="import-validate"
              >
                {t('import.validate')}
              </Button>
              {canCommit && (
                <Button type="primary" onClick={() => send('commit')} data-testid="import-commit">
                  {t('import.commit')}
                </Button>
              )}
            </Space>
            {busy && (
              <div data-testid="import-progress" data-stage={phase.kind}>
                <Typography.Text type="secondary">
                  {phase.kind === 'uploading' ? t('import.uploading') : t('import.processing')}
                </Typography.Text>
                <Progress
                  percent={phase.kind === 'uploading' ? phase.percent : 100}
                  status="active"
                  showInfo={phase.kind === 'uploading'}
                />
              </div>
            )}
            {phase.kind === 'report' && <ImportReportView report={phase.report} fromCommit={phase.fromCommit} />}
          </Space>
        )}
      </Card>
    </div>
  );
}
