import { POOL_TIERS, VERDICTS } from '@cz/shared/cultivation-api';
import { App, Button, Col, Form, Input, InputNumber, Modal, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { useLabels } from '../../org/labels';
import { useBuildPool } from '../api';

type Values = {
  name: string;
  techSme?: string;
  hte?: string;
  hteNot?: string;
  scoreMin?: number | null;
  scoreMax?: number | null;
  park?: string;
  industry?: string;
  tier: string;
  ownerId?: number;
  autoApply: boolean;
};

/** Saves a criterion over the latest evaluations and brings in the enterprises that match it now. */
export function BuildPoolModal({
  open,
  onClose,
  ownerOptions,
}: {
  open: boolean;
  onClose: () => void;
  ownerOptions: { value: number; label: string }[];
}) {
  const { t } = useTranslation('cultivation');
  const { message } = App.useApp();
  const labels = useLabels();
  const build = useBuildPool();
  const verdictOptions = VERDICTS.map((k) => ({ value: k, label: t(`verdicts.${k}`) }));
  const submit = (v: Values) =>
    build
      .mutateAsync({
        name: v.name,
        tier: v.tier,
        ownerId: v.ownerId,
        autoApply: v.autoApply,
        filter: {
          techSme: v.techSme,
          hte: v.hte,
          hteNot: v.hteNot,
          scoreMin: v.scoreMin ?? undefined,
          scoreMax: v.scoreMax ?? undefined,
          park: v.park,
          industry: v.industry,
        },
      })
      .then(
        (r) => {
          message.success(t('pool.built', { matched: r.matched, added: r.added }));
          onClose();
        },
        (err) => message.error(errorMessage(err)),
      );
  return (
    <Modal open={open} title={t('pool.buildTitle')} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <Form<Values>
        layout="vertical"
        initialValues={{ techSme: 'eligible', hteNot: 'eligible', scoreMin: 60, tier: 'seed', autoApply: false }}
        onFinish={submit}
        data-testid="pool-build-form"
      >
        <Form.Item name="name" label={t('pool.criteriaName')} rules={[{ required: true, max: 100 }]}>
          <Input data-testid="pool-build-name" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="techSme" label={t('pool.techSme')}>
              <Select allowClear options={verdictOptions} aria-label={t('pool.techSme')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="hte" label={t('pool.hte')}>
              <Select allowClear options={verdictOptions} aria-label={t('pool.hte')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="hteNot" label={t('pool.hteNot')}>
              <Select allowClear options={verdictOptions} aria-label={t('pool.hteNot')} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name="scoreMin" label={t('pool.scoreMin')}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item
              name="scoreMax"
              label={t('pool.scoreMax')}
              dependencies={['scoreMin']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: async (_r, max: number | null | undefined) => {
                    const min = getFieldValue('scoreMin') as number | null | undefined;
                    if (max !== null && max !== undefined && min !== null && min !== undefined && max < min)
                      throw new Error(t('pool.scoreRange'));
                  },
                }),
              ]}
            >
              <InputNumber min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="park" label={t('pool.park')}>
              <Select allowClear options={labels.parkOptions} aria-label={t('pool.park')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="industry" label={t('pool.industry')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={labels.industryOptions}
                aria-label={t('pool.industry')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="tier" label={t('pool.tier')} rules={[{ required: true }]}>
              <Select
                options={POOL_TIERS.map((k) => ({ value: k, label: t(`tiers.${k}`) }))}
                aria-label={t('pool.tier')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="ownerId" label={t('pool.owner')}>
              <Select allowClear options={ownerOptions} aria-label={t('pool.owner')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="autoApply"
          label={t('criteria.autoApply')}
          valuePropName="checked"
          extra={t('criteria.autoApplyHint')}
        >
          <Switch data-testid="pool-build-auto" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={build.isPending} block data-testid="pool-build-submit">
          {t('pool.build')}
        </Button>
      </Form>
    </Modal>
  );
}
