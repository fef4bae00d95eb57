import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { SharedFacts } from '../../components/SharedFacts';

/** An enterprise's facts as my institution may read them under its consent. */
export function DeskFactsPage() {
  const { t } = useTranslation('finance');
  const id = Number(useParams().id);
  return (
    <div>
      <PageHeader
        title={t('facts.pageTitle')}
        extra={<LinkButton to="/finance-desk/consents">{t('desk.consents.title')}</LinkButton>}
      />
      <SharedFacts orgId={id} />
    </div>
  );
}
