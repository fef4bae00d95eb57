import { EyeOutlined } from '@ant-design/icons';
import {
  type EventSignup,
  type NewsAdminArticle,
  type NewsArticleInput,
  type NewsAttachment,
  type NewsCategory,
  newsArticleInputSchema,
  newsWithdrawSchema,
  stepsOpen,
} from '@cz/shared/news';
import { App, Button, Card, Col, Form, Input, InputNumber, Modal, Row, Select, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { dayjs, formatDateTime, fromZoneWallClock, toZoneWallClock } from '../../../../kit/datetime';
import { DateInput } from '../../../../kit/forms/DateInput';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { useOverlayWidth } from '../../../../kit/responsive';
import { type ArticleStep, useAdminNewsArticle, useArticleStep, useCreateArticle, useUpdateArticle } from '../../api';
import { AttachmentsField, CoverField } from '../../components/ArticleFiles';
import { type ArticleShown, ArticleView } from '../../components/ArticleView';
import { NewsStatusTag } from '../../components/NewsStatusTag';
import { RichTextEditor } from '../../components/RichTextEditor';
import { useNewsLabels } from '../../labels';

type Values = {
  category: NewsCategory;
  title: string;
  summary?: string;
  department: string;
  tags?: string[];
  pinned?: boolean;
  cover?: string | null;
  attachments?: NewsAttachment[];
  body?: string;
  eventStartsAt?: Dayjs | null;
  eventEndsAt?: Dayjs | null;
  eventPlace?: string;
  eventSignup?: EventSignup;
  eventSignupUrl?: string;
  policyDocumentId?: number | null;
};

const TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/** The form's values as the API takes them; event times are Shanghai wall-clock times. */
function toInput(v: Values): NewsArticleInput {
  const isEvent = v.category === 'event';
  return {
    category: v.category,
    title: v.title ?? '',
    summary: v.summary ?? '',
    body: v.body ?? '',
    cover: v.cover ?? null,
    attachments: v.attachments ?? [],
    department: v.department ?? '',
    tags: v.tags ?? [],
    pinned: v.pinned ?? false,
    policyDocumentId: v.policyDocumentId ?? null,
    event: isEvent
      ? {
          startsAt: v.eventStartsAt ? fromZoneWallClock(v.eventStartsAt) : '',
          endsAt: v.eventEndsAt ? fromZoneWallClock(v.eventEndsAt) : null,
          place: v.eventPlace ?? '',
          signup: v.eventSignup ?? 'none',
          signupUrl: v.eventSignupUrl || null,
        }
      : null,
  };
}

function fromArticle(a: NewsAdminArticle): Values {
  return {
    category: a.category,
    title: a.title,
    summary: a.summary,
    department: a.department,
    tags: a.tags,
    pinned: a.pinned,
    cover: a.cover,
    attachments: a.attachments,
    body: a.body,
    eventStartsAt: a.event ? toZoneWallClock(a.event.startsAt) : null,
    eventEndsAt: a.event?.endsAt ? toZoneWallClock(a.event.endsAt) : null,
    eventPlace: a.event?.place ?? '',
    eventSignup: a.event?.signup ?? 'none',
    eventSignupUrl: a.event?.signupUrl ?? '',
    policyDocumentId: a.policyDocumentId,
  };
}

/** What the preview shows of the form as it stands. */
function shownOf(v: Values, publishedAt: string | null): ArticleShown {
  const input = toInput(v);
  return {
    category: v.category,
    title: input.title,
    publishedAt,
    department: input.department,
    cover: input.cover ?? null,
    tags: input.tags ?? [],
    body: input.body,
    attachments: input.attachments ?? [],
    event: input.event
      ? {
          startsAt: input.event.startsAt || new Date().toISOString(),
          endsAt: input.event.endsAt ?? null,
          place: input.event.place ?? '',
          signup: input.event.signup ?? 'none',
          signupUrl: input.event.signupUrl ?? null,
        }
      : null,
  };
}

/** The schema's paths of the event's fields are the form's flat names. */
const FIELD_OF: Record<string, string> = {
  'event.startsAt': 'eventStartsAt',
  'event.endsAt': 'eventEndsAt',
  'event.signupUrl': 'eventSignupUrl',
  event: 'eventStartsAt',
};
const onForm = (issues: Issue[]): Issue[] =>
  issues.map((i) => {
    const field = FIELD_OF[i.path.join('.')];
    return field ? { ...i, path: [field] } : i;
  });

/** Writes or edits an article: the fields, the body in the editor, its files, a preview; then its publication. */
export function NewsEditorPage() {
  const { t } = useTranslation('news');
  const { message } = App.useApp();
  const { me } = useAuth();
  const navigate = useNavigate();
  const labels = useNewsLabels();
  const id = Number(useParams().id) || undefined;
  const existing = useAdminNewsArticle(id);
  const create = useCreateArticle();
  const update = useUpdateArticle();
  const step = useArticleStep();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const category = Form.useWatch('category', form);
  const signup = Form.useWatch('eventSignup', form);
  const [scheduleAt, setScheduleAt] = useState<Dayjs | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  const [preview, setPreview] = useState<Values | null>(null);
  const previewWidth = useOverlayWidth(880);

  const stored = existing.data;
  useEffect(() => {
    if (stored) form.setFieldsValue(fromArticle(stored));
  }, [stored, form]);
  useEffect(() => {
    if (stored?.status === 'scheduled' && stored.publishAt) setScheduleAt(toZoneWallClock(stored.publishAt));
  }, [stored]);

  /** Saves the form (a new article as a draft); answers the stored article, or null when something is amiss. */
  const save = async (): Promise<NewsAdminArticle | null> => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return null;
    const body = toInput(v);
    const parsed = newsArticleInputSchema.safeParse(body);
    if (!parsed.success) {
      showIssues(form, onForm(parsed.error.issues as Issue[]));
      return null;
    }
    try {
      const saved = id ? await update.mutateAsync({ id, body }) : await create.mutateAsync(body);
      if (!id) navigate(`/admin/news/${saved.id}/edit`, { replace: true });
      return saved;
    } catch (err) {
      message.error(errorMessage(err));
      return null;
    }
  };

  /** A step of the article's publication. Publishing and scheduling save first: what goes public is what is shown. */
  const take = async (s: ArticleStep, done: string) => {
    const target = s.step === 'publish' || s.step === 'schedule' ? await save() : stored;
    if (!target) return;
    try {
      await step.mutateAsync({ id: target.id, ...s });
      message.success(done);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  if (id && existing.isError) return <QueryError error={existing.error} onRetry={() => existing.refetch()} />;
  const status = stored?.status ?? 'draft';
  const open = stepsOpen(status);
  const busy = create.isPending || update.isPending || step.isPending;
  const title = id ? t('editor.editTitle') : t('editor.newTitle');

  return (
    <div style={{ maxWidth: 1080 }}>
      <PageHeader
        title={title}
        subtitle={t('editor.subtitle')}
        extra={
          <>
            <Button
              icon={<EyeOutlined />}
              onClick={() => setPreview(form.getFieldsValue(true) as Values)}
              data-testid="news-preview"
            >
              {t('editor.preview')}
            </Button>
            {stored && status === 'published' && (
              <LinkButton to={`/news/${stored.id}`}>{t('editor.viewPublic')}</LinkButton>
            )}
            <LinkButton to="/admin/news">{t('editor.back')}</LinkButton>
          </>
        }
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          category: 'news',
          department: me?.department ?? '',
          tags: [],
          pinned: false,
          cover: null,
          attachments: [],
          body: '',
          eventSignup: 'none',
        }}
        onFinish={async () => {
          const saved = await save();
          if (saved) message.success(id ? t('editor.saved') : t('editor.created'));
        }}
        data-testid="news-form"
      >
        <Card style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="category" label={t('editor.fields.category')} rules={[{ required: true }]}>
                <Select
                  options={labels.categoryOptions}
                  aria-label={t('editor.fields.category')}
                  data-testid="news-category"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item
                name="department"
                label={t('editor.fields.department')}
                rules={[{ required: true, min: 2, max: 60 }]}
              >
                <Input maxLength={60} data-testid="news-department" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="pinned" label={t('editor.fields.pinned')} valuePropName="checked">
                <Switch data-testid="news-pinned" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="title" label={t('editor.fields.title')} rules={[{ required: true, min: 2, max: 120 }]}>
                <Input maxLength={120} showCount data-testid="news-title" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="summary" label={t('editor.fields.summary')} extra={t('editor.fields.summaryHint')}>
                <Input.TextArea rows={2} maxLength={300} showCount data-testid="news-summary" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="tags" label={t('editor.fields.tags')} extra={t('editor.fields.tagsHint')}>
                <Select
                  mode="tags"
                  maxCount={10}
                  tokenSeparators={[',', '，', ' ']}
                  open={false}
                  suffixIcon={null}
                  aria-label={t('editor.fields.tags')}
                  data-testid="news-tags"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="policyDocumentId"
                label={t('editor.fields.policyDocumentId')}
                extra={t('editor.fields.policyHint')}
              >
                <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="news-policy" />
              </Form.Item>
            </Col>
          </Row>
          {category === 'event' && (
            <Row gutter={16} data-testid="news-event-fields">
              <Col xs={24} md={12}>
                <Form.Item
                  name="eventStartsAt"
                  label={t('editor.fields.eventStartsAt')}
                  rules={[{ required: true, message: t('validation.required') }]}
                >
                  <DateInput showTime format={TIME_FORMAT} style={{ width: '100%' }} data-testid="news-event-start" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="eventEndsAt" label={t('editor.fields.eventEndsAt')}>
                  <DateInput showTime format={TIME_FORMAT} style={{ width: '100%' }} data-testid="news-event-end" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="eventPlace" label={t('editor.fields.eventPlace')} rules={[{ max: 200 }]}>
                  <Input maxLength={200} data-testid="news-event-place" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="eventSignup" label={t('editor.fields.signup')}>
                  <Select
                    options={labels.signupOptions}
                    aria-label={t('editor.fields.signup')}
                    data-testid="news-event-signup"
                  />
                </Form.Item>
              </Col>
              {signup === 'link' && (
                <Col xs={24}>
                  <Form.Item name="eventSignupUrl" label={t('editor.fields.signupUrl')} rules={[{ required: true }]}>
                    <Input placeholder="https://" maxLength={500} data-testid="news-event-url" />
                  </Form.Item>
                </Col>
              )}
            </Row>
          )}
          <Form.Item name="body" label={t('editor.fields.body')} htmlFor="news-body-editor">
            <RichTextEditor label={t('editor.fields.body')} id="news-body-editor" />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="cover" label={t('editor.fields.cover')}>
                <CoverField />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="attachments" label={t('editor.fields.attachments')}>
                <AttachmentsField />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Space wrap>
              <Typography.Text>{t('editor.state')}：</Typography.Text>
              <NewsStatusTag status={status} testId="news-status" />
              {status === 'scheduled' && stored?.publishAt && (
                <Typography.Text type="secondary">
                  {t('editor.stateScheduled', { time: formatDateTime(stored.publishAt) })}
                </Typography.Text>
              )}
              {status === 'withdrawn' && stored?.withdrawReason && (
                <Typography.Text type="secondary">
                  {t('editor.stateWithdrawn', { reason: stored.withdrawReason })}
                </Typography.Text>
              )}
            </Space>
            <Space wrap>
              <Button htmlType="submit" loading={busy} data-testid="news-save">
                {t('editor.save')}
              </Button>
              {open.includes('publish') && (
                <Button
                  type="primary"
                  loading={busy}
                  onClick={() => take({ step: 'publish' }, t('editor.published'))}
                  data-testid="news-publish"
                >
                  {t('editor.publish')}
                </Button>
              )}
              {open.includes('unschedule') && (
                <Button loading={busy} onClick={() => take({ step: 'unschedule' }, t('editor.unscheduled'))}>
                  {t('editor.unschedule')}
                </Button>
              )}
              {open.includes('withdraw') && (
                <Button danger onClick={() => setWithdrawing(true)} data-testid="news-withdraw">
                  {t('editor.withdraw')}
                </Button>
              )}
              {open.includes('republish') && (
                <Button
                  type="primary"
                  loading={busy}
                  onClick={() => take({ step: 'republish' }, t('editor.republished'))}
                  data-testid="news-republish"
                >
                  {t('editor.republish')}
                </Button>
              )}
            </Space>
            {open.includes('schedule') && (
              <Space wrap>
                <DateInput
                  showTime
                  format={TIME_FORMAT}
                  value={scheduleAt}
                  onChange={(d) => setScheduleAt((d as Dayjs | null) ?? null)}
                  disabledDate={(d) => d.isBefore(dayjs(), 'day')}
                  placeholder={t('editor.scheduleAt')}
                  aria-label={t('editor.scheduleAt')}
                  data-testid="news-schedule-at"
                />
                <Button
                  loading={busy}
                  disabled={!scheduleAt}
                  title={scheduleAt ? undefined : t('editor.schedulePick')}
                  onClick={() =>
                    scheduleAt &&
                    take({ step: 'schedule', publishAt: fromZoneWallClock(scheduleAt) }, t('editor.scheduled'))
                  }
                  data-testid="news-schedule"
                >
                  {t('editor.schedule')}
                </Button>
              </Space>
            )}
          </Space>
        </Card>
      </Form>

      <Modal
        open={preview !== null}
        title={t('editor.previewTitle', { title: preview?.title ?? '' })}
        width={previewWidth}
        footer={null}
        onCancel={() => setPreview(null)}
        destroyOnHidden
      >
        {preview && (
          <div data-testid="news-preview-body">
            <Typography.Title level={2}>{preview.title}</Typography.Title>
            <ArticleView a={shownOf(preview, stored?.publishAt ?? null)} />
          </div>
        )}
      </Modal>

      <ReasonModal
        open={withdrawing}
        title={t('editor.withdrawTitle', { title: stored?.title ?? '' })}
        label={t('editor.withdrawReason')}
        okText={t('editor.withdraw')}
        danger
        schema={newsWithdrawSchema.shape.reason}
        testId="news-withdraw"
        onSubmit={async (reason) => {
          if (!stored) return;
          await step.mutateAsync({ id: stored.id, step: 'withdraw', reason });
          message.success(t('editor.withdrawn'));
        }}
        onClose={() => setWithdrawing(false)}
      />
    </div>
  );
}
