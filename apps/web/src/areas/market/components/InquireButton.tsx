import type { Achievement } from '@cz/shared/market';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { errorMessage } from '../../../app/errors';
import { useOverlayWidth } from '../../../kit/responsive';
import { useOpenDeal } from '../deals.api';

/**
 * 咨询洽谈: a member of another organisation asks about a published achievement; the negotiation opens on the
 * platform (contact goes through it only). Coming from one of its needs (?needId=), the inquiry names that need.
 */
export function InquireButton({ achievement: a }: { achievement: Achievement }) {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const { me } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const width = useOverlayWidth(520);
  const open = useOpenDeal();
  const [shown, setShown] = useState(false);
  const [form] = Form.useForm<{ message: string }>();
  const orgId = me?.org?.id;
  if (!orgId || orgId === a.ownerOrgId || a.status !== 'published') return null;
  const needId = Number(params.get('needId') ?? 0) || null;
  return (
    <>
      <Button type="primary" onClick={() => setShown(true)} data-testid="achievement-inquire">
        {t('deals.inquire')}
      </Button>
      <Modal
        open={shown}
        width={width}
        title={t('deals.inquireTitle', { title: a.title })}
        okText={t('deals.inquireOk')}
        okButtonProps={{ 'data-testid': 'inquire-confirm' } as never}
        confirmLoading={open.isPending}
        onCancel={() => setShown(false)}
        destroyOnHidden
        onOk={async () => {
          const v = await form.validateFields().catch(() => null);
          if (!v) return;
          try {
            const d = await open.mutateAsync({ achievementId: a.id, needId, message: v.message });
            message.success(t('deals.opened'));
            navigate(`/my/market/deals/${d.id}`);
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}
      >
        <Typography.Paragraph type="secondary">{t('deals.inquireHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="message"
            label={t('deals.inquireMessage')}
            rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}
          >
            <Input.TextArea rows={4} maxLength={2000} data-testid="inquire-message" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
