import { passwordIssue } from '@cz/shared/identity';
import type { Rule } from 'antd/es/form';
import { tKey } from '../../../app/i18n';

/**
 * The shared password policy as an antd rule, with the account's username (read when validating) so that a password
 * containing it is refused here as the server refuses it.
 */
export function passwordRule(username: () => string | undefined): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') throw new Error(tKey('validation.required'));
      const issue = passwordIssue(value, username());
      if (issue) throw new Error(tKey(`validation.${issue}`));
    },
  };
}
