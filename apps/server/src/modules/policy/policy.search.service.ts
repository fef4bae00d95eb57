import {
  type PolicyRelated,
  type PolicySearchHit,
  type PolicySearchQuery,
  policyDocState,
  shanghaiDate,
} from '@cz/shared';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { policyDocumentErrors } from './policy.documents.errors.ts';
import type { PolicyDocumentRepository } from './policy.documents.repository.ts';
import type { PolicySearchRepository, SearchRow } from './policy.search.repository.ts';
import { parseQuery, snippetOf } from './policy.search.ts';

const toHit = (r: SearchRow, terms: string[], today: string): PolicySearchHit => ({
  id: r.id,
  title: r.title,
  docNumber: r.doc_number,
  issuer: r.issuer,
  level: r.level,
  issuedOn: r.issued_on,
  effectiveFrom: r.effective_from,
  expiresOn: r.expires_on,
  state: policyDocState({ status: r.status, expiresOn: r.expires_on }, today),
  industries: r.industries,
  enterpriseKinds: r.enterprise_kinds,
  supportKinds: r.support_kinds,
  topics: r.topics,
  snippet: snippetOf(r.excerpt ?? '', terms, { cutBefore: r.cut_before, cutAfter: r.cut_after }),
  terms,
});

/** The public library: search, related documents and the issuers to filter by. Published documents only. */
export function createPolicySearchService({
  db,
  search,
  documents,
  clock,
}: {
  db: Db;
  search: PolicySearchRepository;
  documents: PolicyDocumentRepository;
  clock: Clock;
}) {
  return {
    /**
     * A page of published documents. With a query, every word of it must match (a query of punctuation or
     * operators only has no word and matches everything, like no query); relevance is the default order then.
     */
    async search(q: PolicySearchQuery) {
      const today = shanghaiDate(clock.now());
      const query = q.q ? parseQuery(q.q) : null;
      const sort = q.sort ?? (query ? 'relevance' : 'newest');
      const filter = { ...q, state: q.status };
      const rows = await search.search(filter, query, today, sort, pageWindow(q));
      const total = rows[0]?.total ?? (q.page > 1 ? await search.count(filter, query, today) : 0);
      const terms = query?.terms ?? [];
      return pageOf(
        rows.map((r) => toHit(r, terms, today)),
        total,
        q,
      );
    },

    /** Up to five published documents that share the document's tags or key words, best first. */
    async related(id: number): Promise<PolicyRelated> {
      const row = await documents.byId(db, id);
      if (row?.status !== 'published') throw policyDocumentErrors.notFound();
      const today = shanghaiDate(clock.now());
      const rows = await search.related(id, 5);
      return {
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          docNumber: r.doc_number,
          issuer: r.issuer,
          level: r.level,
          issuedOn: r.issued_on,
          state: policyDocState({ status: r.status, expiresOn: r.expires_on }, today),
        })),
      };
    },

    async issuers() {
      return { items: await documents.issuers() };
    },
  };
}
export type PolicySearchService = ReturnType<typeof createPolicySearchService>;
