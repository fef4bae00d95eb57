import { ExperimentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { usePortalSettings } from '../../areas/identity/auth.api';

/** On a demonstration installation (SEED_DEMO), every page says so above the header. */
export function DemoBanner() {
  const { t } = useTranslation();
  const settings = usePortalSettings();
  if (!settings.data?.demo) return null;
  return (
    <div
      role="note"
      data-testid="demo-banner"
      style={{
        background: '#fff7e6',
        borderBottom: '1px solid #ffd591',
        color: '#ad4e00',
        fontSize: 13,
        padding: '6px 16px',
        textAlign: 'center',
      }}
    >
      <ExperimentOutlined style={{ marginInlineEnd: 6 }} />
      {t('app.demoBanner')}
    </div>
  );
}
