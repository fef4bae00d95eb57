import type { ImportReport } from '@cz/shared';
import { Alert, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasKey, tKey } from '../../../app/i18n';
import { DataTable } from '../../../kit/components/DataTable';

type ImportIssue = ImportReport['errors'][number];

/** The column of the template an error is about, in the reader's language. */
function fieldLabel(field: string | null): string {
  if (!field) return '—';
  return hasKey(`org:org.fields.${field}`) ? tKey(`org:org.fields.${field}`) : field;
}

/**
 * A problem in the reader's language: a schema message the web knows ("uscc: uscc.invalid"), else the message for
 * the code followed by the server's text, which quotes the offending cell.
 */
function issueText(e: ImportIssue): string {
  const schemaMessage = e.message.match(/^[\w.]+: ([\w.]+)$/)?.[1];
  if (schemaMessage && hasKey(`validation.${schemaMessage}`)) return tKey(`validation.${schemaMessage}`);
  return hasKey(`errors:${e.code}`) ? `${tKey(`errors:${e.code}`)} — ${e.message}` : e.message;
}

/** What an import check found: counts, and every problem by row so the file can be corrected in Excel. */
export function ImportReportView({ report, fromCommit }: { report: ImportReport; fromCommit: boolean }) {
  const { t } = useTranslation('org');
  const invalidRows = new Set(report.errors.map((e) => e.row)).size;
  return (
    <div data-testid="import-report" data-errors={report.errors.length} data-total={report.total}>
      {fromCommit && <Alert type="error" showIcon title={t('import.reportFromCommit')} style={{ marginBottom: 16 }} />}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={8}>
          <Statistic title={t('import.total')} value={report.total} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('import.valid')} value={report.valid} styles={{ content: { color: '#389e0d' } }} />
        </Col>
        <Col xs={8}>
          <Statistic
            title={t('import.invalid')}
            value={invalidRows}
            styles={{ content: { color: invalidRows ? '#cf1322' : undefined } }}
          />
        </Col>
      </Row>
      {report.errors.length === 0 ? (
        report.total > 0 && <Alert type="success" showIcon title={t('import.noErrors')} data-testid="import-ok" />
      ) : (
        <DataTable<ImportIssue>
          title={() => <strong>{t('import.errorsTitle')}</strong>}
          rowKey={(e) => `${e.row}:${e.field}:${e.code}:${e.message}`}
          size="small"
          dataSource={report.errors}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 600 }}
          columns={[
            { title: t('import.row'), dataIndex: 'row', width: 80 },
            { title: t('import.field'), dataIndex: 'field', width: 180, render: fieldLabel },
            {
              title: t('import.message'),
              dataIndex: 'message',
              render: (_: string, e) => issueText(e),
            },
          ]}
        />
      )}
    </div>
  );
}
