import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import type { CatalogueDetail } from '@cz/shared/market';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useAchievements } from '../../api';
import { useCatalogue, useSaveCatalogue } from '../../deals.api';

type Entry = { achievementId: number; title: string; ownerName: string; note: string };
const entriesOf = (c: CatalogueDetail): Entry[] =>
  c.entries.map((e) => ({ achievementId: e.achievementId, title: e.title, ownerName: e.ownerName, note: e.note }));

/**
 * Compiles a draft 指导目录: its year, title and introduction; published achievements found by search and added,
 * moved up or down, each with a note; saved as the whole ordered list.
 */
export function CatalogueEditPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const one = useCatalogue(id);
  const save = useSaveCatalogue();
  const [form] = Form.useForm<{ year: number; title: string; intro: string }>();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [q, setQ] = useState('');
  const found = useAchievements({ q: q || undefined, pageSize: 20 } as never, q.length > 0);
  useEffect(() => {
    if (one.data && entries === null) setEntries(entriesOf(one.data));
  }, [one.data, entries]);
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const c = one.data;
  if (!c || entries === null) return <Spin />;
  const move = (i: number, d: number) => {
    const next = [...entries];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x as Entry);
    setEntries(next);
  };
  const taken = new Set(entries.map((e) => e.achievementId));

  return (
    <div>
      <PageHeader title={t('catalogues.editTitle', { year: c.year })} subtitle={t('catalogues.editSubtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout="vertical" initialValues={{ year: c.year, title: c.title, intro: c.intro }}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="year" label={t('catalogues.year')} rules={[{ required: true }]}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={18}>
              <Form.Item name="title" label={t('catalogues.name')} rules={[{ required: true, min: 4, max: 200 }]}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="intro" label={t('catalogues.intro')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('catalogues.entriesTitle', { count: entries.length })}
          </Typography.Title>
        }
      >
        <Select
          showSearch
          filterOption={false}
          value={null}
          placeholder={t('catalogues.add')}
          aria-label={t('catalogues.add')}
          onSearch={(v) => setQ(v.trim())}
          onChange={(v: number) => {
            const a = found.data?.items.find((x) => x.id === v);
            if (a) setEntries([...entries, { achievementId: a.id, title: a.title, ownerName: a.ownerName, note: '' }]);
          }}
          options={(found.data?.items ?? [])
            .filter((a) => !taken.has(a.id))
            .map((a) => ({ value: a.id, label: `${a.title}（${a.ownerName}）` }))}
          style={{ width: '100%', marginBottom: 16 }}
          data-testid="catalogue-add"
        />
        <ol style={{ paddingLeft: 20 }} data-testid="catalogue-edit-entries" data-count={entries.length}>
          {entries.map((e, i) => (
            <li
              key={e.achievementId}
              style={{ marginBottom: 12 }}
              data-testid={`catalogue-edit-entry-${e.achievementId}`}
            >
              <Space orientation="vertical" style={{ width: '100%' }} size={4}>
                <Space wrap>
                  <Typography.Text strong>{e.title}</Typography.Text>
                  <Typography.Text type="secondary">{e.ownerName}</Typography.Text>
                  <Button
                    size="small"
                    icon={<ArrowUpOutlined />}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                    aria-label={t('catalogues.up')}
                  />
                  <Button
                    size="small"
                    icon={<ArrowDownOutlined />}
                    disabled={i === entries.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={t('catalogues.down')}
                  />
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => setEntries(entries.filter((x) => x.achievementId !== e.achievementId))}
                    aria-label={t('catalogues.remove')}
                  />
                </Space>
                <Input
                  value={e.note}
                  maxLength={500}
                  placeholder={t('catalogues.note')}
                  aria-label={t('catalogues.note')}
                  onChange={(ev) =>
                    setEntries(
                      entries.map((x) => (x.achievementId === e.achievementId ? { ...x, note: ev.target.value } : x)),
                    )
                  }
                />
              </Space>
            </li>
          ))}
        </ol>
        <Button
          type="primary"
          loading={save.isPending}
          data-testid="catalogue-save"
          onClick={async () => {
            const v = await form.validateFields().catch(() => null);
            if (!v) return;
            try {
              await save.mutateAsync({
                id,
                body: {
                  year: v.year,
                  title: v.title,
                  intro: v.intro ?? '',
                  entries: entries.map((e) => ({ achievementId: e.achievementId, note: e.note })),
                },
              });
              message.success(t('catalogues.saved'));
              navigate(`/admin/market/catalogues/${id}`);
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        >
          {t('catalogues.save')}
        </Button>
      </Card>
    </div>
  );
}
