import { PlusOutlined } from '@ant-design/icons';
import { type Synonym, synonymInputSchema } from '@cz/shared/market';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useOverlayWidth } from '../../../../kit/responsive';
import { useDeleteSynonym, useSaveSynonym, useSynonyms } from '../../api';

type Values = { terms: string[]; note: string };

const SYNONYM_LIST = defineList({ filters: { q: filter.text } });

/** The form of a new or changed group: its words as tags, and a note. */
function SynonymModal({ editing, onClose }: { editing: Synonym | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const save = useSaveSynonym();
  const width = useOverlayWidth(560);
  const existing = editing && editing !== 'new' ? editing : null;
  const submit = async (v: Values) => {
    const parsed = synonymInputSchema.safeParse(v);
    if (!parsed.success) return showIssues(form, parsed.error.issues as Issue[]);
    try {
      await save.mutateAsync({ id: existing?.id, body: v });
      message.success(t('synonyms.saved'));
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open={editing !== null}
      title={existing ? t('synonyms.editTitle') : t('synonyms.newTitle')}
      width={width}
      okText={t('form.save')}
      cancelText={t('synonyms.cancel')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'synonym-save' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ terms: existing?.terms ?? [], note: existing?.note ?? '' }}
        onFinish={submit}
      >
        <Form.Item name="terms" label={t('synonyms.terms')} extra={t('synonyms.termsHint')}>
          <Select
            mode="tags"
            maxCount={20}
            open={false}
            tokenSeparators={[',', '，', ' ', '、']}
            aria-label={t('synonyms.terms')}
            data-testid="synonym-terms"
          />
        </Form.Item>
        <Form.Item name="note" label={t('synonyms.note')}>
          <Input maxLength={200} data-testid="synonym-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 同义词表: the groups of words the match treats as one (光伏 / 太阳能) when it widens a need's words, a page at a
 * time, found by a word or the note; each change is used by the next suggestion.
 */
export function AdminSynonymsPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const listPage = useListPage(SYNONYM_LIST);
  const list = useSynonyms(listPage.query);
  const remove = useDeleteSynonym();
  const [editing, setEditing] = useState<Synonym | 'new' | null>(null);
  return (
    <div>
      <PageHeader
        title={t('synonyms.title')}
        subtitle={t('synonyms.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="synonym-new">
            {t('synonyms.new')}
          </Button>
        }
      />
      <Card>
        <SearchToolbar
          q={listPage.filters.q}
          placeholder={t('synonyms.search')}
          onSearch={(q) => listPage.update({ q })}
          searchTestId="synonyms-search"
          actions={
            <ExportButton
              path="/market/synonyms/export.xlsx"
              query={listPage.exportQuery}
              fileName="market-synonyms.xlsx"
              testId="synonyms-export"
            />
          }
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="synonyms" data-total={list.data?.total ?? ''}>
            <DataTable<Synonym>
              rowKey="id"
              {...listPage.tableProps(list.data, list.isFetching)}
              columns={[
                {
                  title: t('synonyms.terms'),
                  dataIndex: 'terms',
                  render: (ts: string[]) => (
                    <Space size={[4, 4]} wrap>
                      {ts.map((x) => (
                        <Tag key={x}>{x}</Tag>
                      ))}
                    </Space>
                  ),
                },
                { title: t('synonyms.note'), dataIndex: 'note' },
                { title: t('fields.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
                {
                  title: t('synonyms.actions'),
                  key: 'actions',
                  render: (_: unknown, s) => (
                    <Space>
                      <Button size="small" onClick={() => setEditing(s)} data-testid={`synonym-edit-${s.id}`}>
                        {t('detail.edit')}
                      </Button>
                      <Popconfirm
                        title={t('synonyms.deleteConfirm')}
                        onConfirm={() =>
                          remove.mutateAsync(s.id).then(
                            () => message.success(t('synonyms.deleted')),
                            (err) => message.error(errorMessage(err)),
                          )
                        }
                      >
                        <Button size="small" danger>
                          {t('synonyms.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]}
            />
          </div>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('synonyms.hint')}
        </Typography.Paragraph>
      </Card>
      <SynonymModal editing={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
