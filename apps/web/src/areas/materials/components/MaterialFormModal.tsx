import {
  isPerYear,
  MATERIAL_KINDS,
  type Material,
  type MaterialInput,
  type MaterialKind,
  type MaterialPatch,
  type MaterialUsedBy,
  materialInputSchema,
  periodProblems,
  proposedEnd,
} from '@cz/shared/materials';
import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { tKey } from '../../../app/i18n';
import { FileUploader } from '../../../kit/components/FileUploader';
import { fromIsoDate, toIsoDate } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import { type Issue, showIssues } from '../../../kit/forms/zod-form';
import { useOverlayWidth } from '../../../kit/responsive';
import { useCreateMaterial, useUpdateMaterial } from '../api';
import { useMaterialsLabels } from '../labels';

/** What the form is for: a new material (of a kind and year, when asked for by a form), a replacement, a correction. */
export type MaterialFormTarget =
  | {
      mode: 'add';
      kind?: MaterialKind | undefined;
      year?: number | undefined;
      askedFor?: (Omit<MaterialUsedBy, 'id'> & { id: number | null }) | undefined;
    }
  | { mode: 'replace'; material: Material }
  | { mode: 'edit'; material: Material };

type Values = {
  kind?: MaterialKind;
  title?: string;
  year?: number | null;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  notes?: string;
  files?: string[];
  ipRecordId?: number | null;
};

const lastYear = () => new Date().getFullYear() - 1;

/**
 * Adds a material to an enterprise's vault, replaces one with a newer version (the old one is kept, superseded) or
 * corrects one no application uses yet. The period follows the kind: a year, or dates (an end the kind proposes).
 */
export function MaterialFormModal({
  orgId,
  target,
  onClose,
  onSaved,
}: {
  orgId: number;
  target: MaterialFormTarget | null;
  onClose: () => void;
  onSaved?: (m: Material) => void;
}) {
  const { t } = useTranslation('materials');
  const { message } = App.useApp();
  const labels = useMaterialsLabels();
  const width = useOverlayWidth(640);
  const create = useCreateMaterial();
  const update = useUpdateMaterial();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) as MaterialKind | undefined;
  const existing = target && target.mode !== 'add' ? target.material : undefined;
  const editing = target?.mode === 'edit';

  const proposedTitle = (k: MaterialKind | undefined, year: number | null | undefined) =>
    k
      ? isPerYear(k) && year
        ? // 2025年度财务报表, not 2025年度年度财务报表
          t('form.yearTitle', { year, kind: labels.kind(k).replace(/^年度/, '') })
        : labels.kind(k)
      : '';

  // The form is mounted afresh each time it opens (destroyOnHidden) and reads these once, as it mounts.
  const initialValues = ((): Values => {
    if (!target) return {};
    if (target.mode === 'add') {
      const year = target.kind && isPerYear(target.kind) ? (target.year ?? lastYear()) : null;
      return { kind: target.kind, year, title: proposedTitle(target.kind, year), notes: '' };
    }
    const m = target.material;
    const edit = target.mode === 'edit';
    return {
      kind: m.kind,
      title: m.title,
      year: m.year,
      notes: edit ? m.notes : '',
      validFrom: edit ? (fromIsoDate(m.validFrom) ?? null) : null,
      validTo: edit ? (fromIsoDate(m.validTo) ?? null) : null,
      ipRecordId: m.ipRecordId,
    };
  })();

  const def = kind ? MATERIAL_KINDS[kind] : undefined;
  const perYear = kind ? isPerYear(kind) : false;

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v?.kind || !target) return;
    const period = isPerYear(v.kind)
      ? { year: v.year ?? null, validFrom: null, validTo: null }
      : { year: null, validFrom: toIsoDate(v.validFrom), validTo: toIsoDate(v.validTo) };
    const problems = periodProblems(v.kind, period);
    if (problems.length > 0) {
      form.setFields(problems.map((p) => ({ name: p.field as keyof Values, errors: [tKey(`errors:${p.code}`)] })));
      return;
    }
    try {
      let saved: Material;
      if (target.mode === 'edit') {
        const m = target.material;
        const patch: MaterialPatch = { title: v.title ?? m.title, notes: v.notes ?? '' };
        if (period.year !== m.year) patch.year = period.year;
        if (period.validFrom !== m.validFrom) patch.validFrom = period.validFrom;
        if (period.validTo !== m.validTo) patch.validTo = period.validTo;
        saved = await update.mutateAsync({ orgId, id: m.id, body: patch });
      } else {
        const body: MaterialInput = {
          kind: v.kind,
          title: v.title ?? '',
          ...period,
          notes: v.notes ?? '',
          file: v.files?.[0] ?? '',
          ipRecordId: v.kind === 'ip_certificate' ? (v.ipRecordId ?? null) : null,
          ...(target.mode === 'replace' ? { replaces: target.material.id } : {}),
          ...(target.mode === 'add' && target.askedFor ? { askedFor: target.askedFor } : {}),
        };
        const parsed = materialInputSchema.safeParse(body);
        if (!parsed.success) {
          showIssues(form, parsed.error.issues as Issue[]);
          return;
        }
        saved = await create.mutateAsync({ orgId, body });
      }
      message.success(editing ? t('form.saved') : t('form.created'));
      onSaved?.(saved);
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const title =
    target?.mode === 'replace'
      ? t('form.replaceTitle', { title: existing?.title ?? '' })
      : editing
        ? t('form.editTitle', { title: existing?.title ?? '' })
        : t('form.addTitle');

  return (
    <Modal
      open={target !== null}
      width={width}
      title={title}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: create.isPending || update.isPending, 'data-testid': 'material-save' }}
      onCancel={onClose}
      onOk={submit}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={initialValues}
        data-testid="material-form"
        onValuesChange={(changed: Partial<Values>, all) => {
          if (('kind' in changed || 'year' in changed) && !form.isFieldTouched('title') && !existing)
            form.setFieldValue('title', proposedTitle(all.kind, all.year));
          if ('kind' in changed && all.kind && isPerYear(all.kind) && !all.year) form.setFieldValue('year', lastYear());
          if ('validFrom' in changed && all.kind && changed.validFrom && !all.validTo) {
            const end = proposedEnd(all.kind, toIsoDate(changed.validFrom) as string);
            if (end) form.setFieldValue('validTo', fromIsoDate(end));
          }
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="kind"
              label={t('fields.kind')}
              rules={[{ required: true, message: t('form.kindRequired') }]}
            >
              <Select
                options={labels.kindOptions}
                disabled={target?.mode !== 'add' || !!target.kind}
                aria-label={t('fields.kind')}
                data-testid="material-kind"
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {perYear ? (
              <Form.Item name="year" label={t('fields.year')} required>
                <InputNumber
                  min={1980}
                  max={2100}
                  precision={0}
                  style={{ width: '100%' }}
                  disabled={target?.mode === 'replace'}
                  aria-label={t('fields.year')}
                  data-testid="material-year"
                />
              </Form.Item>
            ) : null}
          </Col>
          <Col xs={24}>
            <Form.Item name="title" label={t('fields.title')} rules={[{ required: true, min: 2, max: 200 }]}>
              <Input maxLength={200} data-testid="material-title" />
            </Form.Item>
          </Col>
          {kind && !perYear && (
            <>
              <Col xs={24} md={12}>
                <Form.Item name="validFrom" label={t('fields.validFrom')} required>
                  <DateInput style={{ width: '100%' }} data-testid="material-valid-from" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="validTo"
                  label={t('fields.validTo')}
                  required={def?.end === 'required'}
                  extra={
                    def?.termYears
                      ? t('form.termHint', { years: def.termYears })
                      : def?.end === 'optional'
                        ? t('form.openEndedHint')
                        : undefined
                  }
                >
                  <DateInput style={{ width: '100%' }} data-testid="material-valid-to" />
                </Form.Item>
              </Col>
            </>
          )}
          {kind === 'ip_certificate' && (
            <Col xs={24} md={12}>
              <Form.Item name="ipRecordId" label={t('fields.ipRecordId')} extra={t('form.ipRecordHint')}>
                <InputNumber
                  min={1}
                  precision={0}
                  style={{ width: '100%' }}
                  aria-label={t('fields.ipRecordId')}
                  data-testid="material-ip-record"
                />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <Form.Item name="notes" label={t('fields.notes')}>
              <Input.TextArea rows={2} maxLength={1000} showCount data-testid="material-notes" />
            </Form.Item>
          </Col>
          {!editing && (
            <Col xs={24}>
              <Form.Item
                name="files"
                label={t('fields.file')}
                rules={[{ required: true, type: 'array', min: 1, message: t('form.fileRequired') }]}
                extra={
                  def ? t('form.filesHint', { types: def.files.map((f) => t(`files.${f}`)).join(' / ') }) : undefined
                }
              >
                <FileUploader max={1} testId="material-file" />
              </Form.Item>
            </Col>
          )}
        </Row>
        {def?.personal && <Alert type="info" showIcon title={t('form.personalHint')} style={{ marginBottom: 12 }} />}
        {target?.mode === 'replace' && (
          <Typography.Paragraph type="secondary">{t('form.replaceHint')}</Typography.Paragraph>
        )}
        {target?.mode === 'add' && def && !def.multiple && (
          <Typography.Paragraph type="secondary">{t('form.supersedeHint')}</Typography.Paragraph>
        )}
      </Form>
    </Modal>
  );
}
