import type { ItemMode, NextStep, PolicyApplicationStatus } from '@cz/shared/policy';
import { POLICY_APPLICATION_STATUSES, POLICY_ITEM_MODES } from '@cz/shared/policy';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Tag colours of the application states. */
export const STATUS_COLORS: Record<PolicyApplicationStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  returned: 'orange',
  approved: 'blue',
  rejected: 'error',
  publicised: 'purple',
  paid: 'success',
  withdrawn: 'default',
  confirmed: 'gold',
  accepted: 'cyan',
  refused: 'default',
};
export const MODE_COLORS: Record<ItemMode, string> = { apply: 'geekblue', auto: 'green', fast: 'volcano' };

/** The words of the states, modes and next steps, with options for the filters. */
export function useApplicationLabels() {
  const { t } = useTranslation('policy');
  return useMemo(() => {
    const status = (s: PolicyApplicationStatus) => t(`applications.status.${s}`);
    const mode = (m: ItemMode) => t(`applications.mode.${m}`);
    const next = (n: NextStep) => t(`applications.next.${n}`);
    return {
      status,
      mode,
      next,
      statusOptions: POLICY_APPLICATION_STATUSES.map((value) => ({ value, label: status(value) })),
      modeOptions: POLICY_ITEM_MODES.map((value) => ({ value, label: mode(value) })),
    };
  }, [t]);
}
