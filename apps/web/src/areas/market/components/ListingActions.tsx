import { reasonSchema } from '@cz/shared';
import type { AchievementStatus } from '@cz/shared/market';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAdminRole, useAuth } from '../../../app/auth';
import { errorMessage } from '../../../app/errors';
import { LinkButton } from '../../../kit/components/LinkButton';
import { ReasonModal } from '../../../kit/components/ReasonModal';
import { type ListingPath, useListingStep, useReviewListing } from '../api';

const noteField = reasonSchema.shape.reason;
type Listing = { id: number; ownerOrgId: number; status: AchievementStatus; title: string };

/** Who may act on a listing: its owner's members and the administration. */
export function useListingRoles(l: Pick<Listing, 'ownerOrgId'> | undefined) {
  const { me } = useAuth();
  return {
    owner: !!l && me?.org?.id === l.ownerOrgId,
    admin: me ? isAdminRole(me.role) : false,
  };
}

/**
 * The review flow's buttons on a listing's page (an achievement or a need): its owner changes, submits or
 * withdraws it; the administration publishes a submitted one or returns it with the reason. Test ids start with
 * `testPrefix` (achievement-submit, need-publish…).
 */
export function ListingActions({
  path,
  listing,
  editLink,
  testPrefix,
}: {
  path: ListingPath;
  listing: Listing;
  editLink: string;
  testPrefix: string;
}) {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const { owner, admin } = useListingRoles(listing);
  const step = useListingStep(path);
  const review = useReviewListing(path);
  const [returning, setReturning] = useState(false);
  const run = (p: Promise<unknown>, done: string) =>
    p.then(
      () => message.success(done),
      (err) => message.error(errorMessage(err)),
    );
  const { id, status } = listing;
  const editable = status === 'draft' || status === 'returned' || status === 'withdrawn';
  return (
    <>
      {owner && editable && (
        <LinkButton to={editLink} data-testid={`${testPrefix}-edit`}>
          {t('detail.edit')}
        </LinkButton>
      )}
      {owner && editable && (
        <Button
          type="primary"
          data-testid={`${testPrefix}-submit`}
          loading={step.isPending}
          onClick={() => run(step.mutateAsync({ id, step: 'submit' }), t('detail.submitted'))}
        >
          {t('detail.submit')}
        </Button>
      )}
      {owner && status !== 'withdrawn' && (
        <Popconfirm
          title={t('detail.withdrawConfirm')}
          onConfirm={() => run(step.mutateAsync({ id, step: 'withdraw' }), t('detail.withdrawn'))}
        >
          <Button data-testid={`${testPrefix}-withdraw`}>{t('detail.withdraw')}</Button>
        </Popconfirm>
      )}
      {admin && status === 'submitted' && (
        <>
          <Button
            type="primary"
            data-testid={`${testPrefix}-publish`}
            loading={review.isPending}
            onClick={() => run(review.mutateAsync({ id, decision: 'publish' }), t('detail.published'))}
          >
            {t('detail.publish')}
          </Button>
          <Button danger data-testid={`${testPrefix}-return`} onClick={() => setReturning(true)}>
            {t('detail.return')}
          </Button>
        </>
      )}
      <ReasonModal
        open={returning}
        title={t('detail.returnTitle', { title: listing.title })}
        label={t('detail.returnReason')}
        okText={t('detail.return')}
        danger
        schema={noteField}
        testId={`${testPrefix}-return`}
        onSubmit={async (note) => {
          await review.mutateAsync({ id, decision: 'return', note });
          message.success(t('detail.returned'));
        }}
        onClose={() => setReturning(false)}
      />
    </>
  );
}
