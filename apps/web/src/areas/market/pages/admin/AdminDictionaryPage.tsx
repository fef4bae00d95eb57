import { PlusOutlined } from '@ant-design/icons';
import { type Term, termInputSchema } from '@cz/shared/market';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Progress,
  Space,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFixedColumn, useOverlayWidth } from '../../../../kit/responsive';
import { useDeleteTerm, useMatchIndexStatus, useSaveTerm, useTerms } from '../../matching.api';

type Values = { term: string; note: string };

/** The form of a new or changed term. */
function TermModal({ editing, onClose }: { editing: Term | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const save = useSaveTerm();
  const width = useOverlayWidth(520);
  const existing = editing && editing !== 'new' ? editing : null;
  const submit = async (v: Values) => {
    const parsed = termInputSchema.safeParse(v);
    if (!parsed.success) return showIssues(form, parsed.error.issues as Issue[]);
    try {
      await save.mutateAsync({ id: existing?.id, body: v });
      message.success(t('dictionary.saved'));
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open={editing !== null}
      title={existing ? t('dictionary.editTitle') : t('dictionary.newTitle')}
      width={width}
      okText={t('form.save')}
      cancelText={t('synonyms.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'term-save' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ term: existing?.term ?? '', note: existing?.note ?? '' }}
        onFinish={submit}
      >
        <Form.Item name="term" label={t('dictionary.term')} extra={t('dictionary.termHint')}>
          <Input maxLength={30} data-testid="term-term" />
        </Form.Item>
        <Form.Item name="note" label={t('synonyms.note')}>
          <Input maxLength={200} data-testid="term-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Whether the achievements' vectors are built with the current words: a bar while the re-index runs. */
function IndexProgress() {
  const { t } = useTranslation('market');
  const status = useMatchIndexStatus();
  const s = status.data;
  if (!s) return null;
  const done = s.indexed >= s.total;
  return (
    <div data-testid="match-index" data-indexed={s.indexed} data-total={s.total} data-done={done}>
      {done ? (
        <Typography.Text type="secondary">
          {t('dictionary.indexed', { total: s.total, at: formatDateTime(s.changedAt) })}
        </Typography.Text>
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('dictionary.reindexing', { indexed: s.indexed, total: s.total })}
          description={
            <Progress
              percent={s.total ? Math.floor((s.indexed / s.total) * 100) : 100}
              size="small"
              aria-label={t('dictionary.reindexing', { indexed: s.indexed, total: s.total })}
            />
          }
        />
      )}
    </div>
  );
}

const TERM_LIST = { filters: { q: filter.text } };

/**
 * 领域词典: the words the match's segmenter keeps whole beside the repository's word list (the synonyms' words are
 * kept whole too). Searched, paged and exported; a change re-indexes the achievements in the background, its
 * progress shown here.
 */
export function AdminDictionaryPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const fixedRight = useFixedColumn('right');
  const listPage = useListPage(TERM_LIST);
  const terms = useTerms(listPage.query);
  const remove = useDeleteTerm();
  const [editing, setEditing] = useState<Term | 'new' | null>(null);
  const columns: TableColumnsType<Term> = [
    { title: t('dictionary.term'), dataIndex: 'term', width: 200 },
    { title: t('synonyms.note'), dataIndex: 'note', ellipsis: true },
    { title: t('fields.updatedAt'), dataIndex: 'updatedAt', width: 170, render: formatDateTime },
    {
      title: t('synonyms.actions'),
      key: 'actions',
      width: 150,
      fixed: fixedRight,
      render: (_: unknown, x) => (
        <Space>
          <Button size="small" onClick={() => setEditing(x)} data-testid={`term-edit-${x.id}`}>
            {t('detail.edit')}
          </Button>
          <Popconfirm
            title={t('dictionary.deleteConfirm')}
            onConfirm={() =>
              remove.mutateAsync(x.id).then(
                () => message.success(t('synonyms.deleted')),
                (err) => message.error(errorMessage(err)),
              )
            }
          >
            <Button size="small" danger data-testid={`term-delete-${x.id}`}>
              {t('synonyms.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <div>
      <PageHeader
        title={t('dictionary.title')}
        subtitle={t('dictionary.subtitle')}
        extra={
          <>
            <Link to="/admin/market/synonyms">{t('dictionary.synonyms')}</Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="term-new">
              {t('dictionary.new')}
            </Button>
          </>
        }
      />
      <Card className="page-card">
        <IndexProgress />
      </Card>
      <Card className="page-card">
        <SearchToolbar
          q={listPage.filters.q}
          placeholder={t('dictionary.search')}
          onSearch={(q) => listPage.update({ q })}
          searchTestId="term-search"
          actions={
            <ExportButton
              path="/market/dictionary/export.xlsx"
              query={listPage.exportQuery}
              fileName="market-dictionary.xlsx"
              testId="terms-export"
            />
          }
        />
        {terms.isError ? (
          <QueryError error={terms.error} onRetry={() => terms.refetch()} />
        ) : (
          <div data-testid="terms" data-total={terms.data?.total ?? ''}>
            <DataTable<Term>
              rowKey="id"
              columns={columns}
              dataSource={terms.data?.items}
              loading={terms.isFetching}
              pagination={listPage.pagination(terms.data?.total)}
              locale={{ emptyText: t('dictionary.empty') }}
              onRow={(x) => ({ 'data-testid': `term-row-${x.term}` }) as React.HTMLAttributes<HTMLElement>}
            />
          </div>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('dictionary.hint')}
        </Typography.Paragraph>
      </Card>
      <TermModal editing={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
