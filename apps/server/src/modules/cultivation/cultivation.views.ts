import { VERDICTS } from '@cz/shared/cultivation-api';
import { bigint, boolean, integer, pgView, text } from 'drizzle-orm/pg-core';

/**
 * Published read view (migration 0027): per organisation with any evaluation or declaration, the latest verdict (and
 * the 科技型中小企业 score) of each kind and the credit-record facts it declared (NULL: not declared). The policy area's
 * conditions read these; nothing else of this area is read from outside.
 */
export const cultivationFacts = pgView('cultivation_facts', {
  orgId: bigint('org_id', { mode: 'number' }).notNull(),
  techSmeVerdict: text('tech_sme_verdict', { enum: VERDICTS }),
  techSmeScore: integer('tech_sme_score'),
  hteVerdict: text('hte_verdict', { enum: VERDICTS }),
  specialisedVerdict: text('specialised_verdict', { enum: VERDICTS }),
  dishonestList: boolean('dishonest_list'),
  abnormalOperation: boolean('abnormal_operation'),
  majorIncident: boolean('major_incident'),
}).existing();
