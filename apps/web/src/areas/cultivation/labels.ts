import type { Declarations } from '@cz/shared/cultivation-api';

/** The declarations an enterprise makes, in the order the form shows them. */
export const DECLARATION_KEYS = [
  'prohibitedIndustry',
  'majorIncident',
  'dishonestList',
  'abnormalOperation',
  'nationalAward5y',
  'provincialRdInstitution',
  'ledStandard5y',
] as const satisfies readonly (keyof Declarations)[];
