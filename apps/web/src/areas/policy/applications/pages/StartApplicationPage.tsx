import { Result, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { useOpenApplication } from '../api';

/** Opened from an item: finds the enterprise's application for it, or starts a draft, and shows it. */
export function StartApplicationPage() {
  const { t } = useTranslation('policy');
  const itemId = Number(useParams().itemId);
  const navigate = useNavigate();
  const open = useOpenApplication();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current || !(itemId > 0)) return;
    started.current = true;
    open.mutateAsync(itemId).then(
      (a) => navigate(`/my/policy-applications/${a.id}`, { replace: true }),
      (err) => setError(errorMessage(err)),
    );
  }, [itemId, open, navigate]);

  return (
    <div>
      <PageHeader title={t('applications.start.title')} />
      {error ? (
        <Result
          status="warning"
          title={error}
          extra={<LinkButton to="/my/policy-applications">{t('applications.page.back')}</LinkButton>}
        />
      ) : (
        <Spin tip={t('applications.start.opening')}>
          <div style={{ minHeight: 120 }} />
        </Spin>
      )}
    </div>
  );
}
