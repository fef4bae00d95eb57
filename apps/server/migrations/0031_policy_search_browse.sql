-- The public library's browsing and filtering without a query: the published documents in their order (newest first,
-- undated last, as the search orders them) with the columns its filters read, so that a page, its total and a
-- level, issuer or tag filter are answered from the index alone (an index-only scan), not from the wide rows whose
-- compact rank vectors make a full scan read about a page per four documents.
DROP INDEX policy_documents_published;
CREATE INDEX policy_documents_browse ON policy_documents (issued_on DESC NULLS LAST, id DESC)
  INCLUDE (level, issuer, support_kinds, enterprise_kinds, industries, effective_from, expires_on)
  WHERE status = 'published';
