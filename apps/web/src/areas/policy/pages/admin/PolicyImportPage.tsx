import { CheckCircleOutlined, CloudDownloadOutlined, InboxOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import type { PolicyImportPreview, PolicyImportProblem, PolicyImportResult } from '@cz/shared/policy-docs';
import { Alert, App, Button, Card, Collapse, Form, List, Progress, Space, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { hasKey, tKey } from '../../../../app/i18n';
import { ApiError, downloadFile } from '../../../../kit/api/client';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { type Issue, showIssues } from '../../../../kit/forms/zod-form';
import { previewPolicyImport, useCommitPolicyImport } from '../../api';
import { PolicyFactsFields, PolicyTagFields } from '../../components/PolicyFactsFields';
import { type PolicyFormValues, toFormValues, toInput } from '../../components/policy-form';
import { RichText } from '../../components/RichText';

type Preview = PolicyImportPreview['documents'][number];

/** A problem in the reader's language: the message of its code, then the server's words. */
function problemText(p: PolicyImportProblem): string {
  const known = hasKey(`errors:${p.code}`)
    ? tKey(`errors:${p.code}`)
    : hasKey(`validation.${p.code}`)
      ? tKey(`validation.${p.code}`)
      : null;
  return known ? `${known}（${p.message}）` : p.message;
}

/**
 * 导入政策: a Word document, a workbook of the template or a text file is read and shown with what was recognised
 * (every field editable) and the problems of each document; nothing is stored until the administrator imports them,
 * all together, as drafts.
 */
export function PolicyImportPage() {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ documents: PolicyFormValues[] }>();
  const [percent, setPercent] = useState<number | null>(null);
  const [preview, setPreview] = useState<{ source: string; documents: Preview[] } | null>(null);
  const [result, setResult] = useState<PolicyImportResult | null>(null);
  const commit = useCommitPolicyImport();

  const read = async (file: File) => {
    setPercent(0);
    setResult(null);
    try {
      const p = await previewPolicyImport(file, { onProgress: (f) => setPercent(Math.round(f * 100)) });
      setPreview(p);
      form.setFieldsValue({ documents: p.documents.map((d) => toFormValues(d.draft)) });
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setPercent(null);
    }
  };

  const store = async () => {
    if (!preview) return;
    const values = (form.getFieldsValue(true) as { documents: PolicyFormValues[] }).documents ?? [];
    const checked = values.map((v) => toInput(v));
    const issues = checked.flatMap((c, i) =>
      c.parsed.success
        ? []
        : (c.parsed.error.issues as Issue[]).map((x) => ({ ...x, path: ['documents', i, ...x.path] })),
    );
    if (issues.length > 0) {
      showIssues(form, issues);
      message.error(t('import.invalid'));
      return;
    }
    try {
      setResult(await commit.mutateAsync({ documents: checked.map((c) => c.body) }));
      setPreview(null);
    } catch (err) {
      const details = err instanceof ApiError ? (err.details as PolicyImportProblem[]) : [];
      if (err instanceof ApiError && err.code === 'policy.document_import_invalid' && preview)
        setPreview({
          ...preview,
          documents: preview.documents.map((d, i) => ({
            ...d,
            problems: details.filter((p) => p.row === i + 1).map((p) => ({ ...p, row: d.row })),
          })),
        });
      message.error(errorMessage(err));
    }
  };

  return (
    <div style={{ maxWidth: 1100 }}>
      <PageHeader
        title={t('import.title')}
        subtitle={t('import.subtitle')}
        extra={
          <>
            <Button
              icon={<CloudDownloadOutlined />}
              onClick={() =>
                downloadFile('/policy/admin/import/template.xlsx', undefined, 'policy-import-template.xlsx').catch(
                  (err) => message.error(errorMessage(err)),
                )
              }
            >
              {t('import.template')}
            </Button>
            <Link to="/admin/policies">{t('form.back')}</Link>
          </>
        }
      />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Card>
          <Upload.Dragger
            accept=".docx,.xlsx,.txt,text/plain"
            showUploadList={false}
            multiple={false}
            customRequest={({ file, onSuccess }) => {
              read(file as File).finally(() => onSuccess?.({}));
            }}
            data-testid="policy-import-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('import.drop')}</p>
            <Typography.Text type="secondary">{t('import.hint')}</Typography.Text>
          </Upload.Dragger>
          {percent !== null && <Progress percent={percent} status="active" aria-label={t('import.reading')} />}
        </Card>

        {result && (
          <Alert
            type="success"
            showIcon
            data-testid="policy-import-done"
            title={t('import.committed', { count: result.created })}
            description={
              <List
                size="small"
                dataSource={result.ids}
                renderItem={(id, i) => (
                  <List.Item key={id}>
                    <Link to={`/admin/policies/${id}/edit`} data-testid={`policy-import-open-${i}`}>
                      {t('import.openDraft', { n: i + 1 })}
                    </Link>
                  </List.Item>
                )}
              />
            }
          />
        )}

        {preview && (
          <Form form={form} layout="vertical" data-testid="policy-import-preview">
            <Typography.Paragraph>{t('import.found', { count: preview.documents.length })}</Typography.Paragraph>
            <Form.List name="documents">
              {(fields) =>
                fields.map((field, i) => {
                  const d = preview.documents[i] as Preview;
                  const mark = (f: string) =>
                    d.recognised.includes(f) ? (
                      <Tooltip title={t('import.recognised')}>
                        <CheckCircleOutlined style={{ color: '#389e0d' }} aria-label={t('import.recognised')} />
                      </Tooltip>
                    ) : (
                      <Tooltip title={t('import.notRecognised')}>
                        <QuestionCircleOutlined style={{ color: '#ad6800' }} aria-label={t('import.notRecognised')} />
                      </Tooltip>
                    );
                  return (
                    <Card
                      key={field.key}
                      title={t('import.document', { row: d.row, n: i + 1 })}
                      style={{ marginBottom: 12 }}
                      data-testid={`policy-import-doc-${i}`}
                      data-problems={d.problems.length}
                    >
                      {d.problems.length > 0 && (
                        <Alert
                          type="warning"
                          showIcon
                          style={{ marginBottom: 12 }}
                          title={t('import.problems')}
                          description={
                            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                              {d.problems.map((p) => (
                                <li key={`${p.field}-${p.code}`}>{problemText(p)}</li>
                              ))}
                            </ul>
                          }
                        />
                      )}
                      <PolicyFactsFields prefix={[field.name]} mark={mark} testIdPrefix={`policy-import-${i}`} />
                      <PolicyTagFields prefix={[field.name]} />
                      {d.draft.bodyHtml && (
                        <Collapse
                          size="small"
                          items={[
                            {
                              key: 'body',
                              label: t('import.bodyPreview'),
                              children: <RichText html={d.draft.bodyHtml} />,
                            },
                          ]}
                        />
                      )}
                    </Card>
                  );
                })
              }
            </Form.List>
            <Space>
              <Button type="primary" onClick={store} loading={commit.isPending} data-testid="policy-import-commit">
                {t('import.commit', { count: preview.documents.length })}
              </Button>
              <Button onClick={() => setPreview(null)}>{t('import.discard')}</Button>
            </Space>
          </Form>
        )}
      </Space>
    </div>
  );
}
