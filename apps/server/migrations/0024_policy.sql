-- 政策库 (the policy library, DOMAIN.md module 9, part 1): the documents enterprises look for — 发文机关, 文号, level,
-- dates, status (draft, published, repealed with the document that replaces it), the full text and its plain-language
-- 解读 and FAQ, attachments, and tags (industry, applicant kind, support kind, free topics) — searchable in Chinese.
-- Policy items with machine-checkable conditions come later and refer to these documents.

CREATE TABLE policy_documents (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title                text NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 300),
  -- 发文字号, normalised (长高新发〔2026〕12号); NULL for documents without one.
  doc_number           text CHECK (doc_number IS NULL OR (length(doc_number) BETWEEN 2 AND 100 AND doc_number !~ '\s')),
  issuer               text NOT NULL CHECK (length(btrim(issuer)) BETWEEN 2 AND 100),
  level                text NOT NULL CHECK (level IN ('national', 'province', 'city', 'zone')),
  -- The department of the administration responsible for the document (free text for now); permissions may be
  -- narrowed to it (kernel/policy.ts).
  department           text NOT NULL DEFAULT '' CHECK (length(department) <= 100),
  issued_on            date,
  effective_from       date,
  expires_on           date,
  -- 'expired' is not stored: a published document past expires_on is expired on that calendar date.
  status               text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'repealed')),
  -- Rich text as sanitised HTML, with a plain-text copy for search, snippets and the export.
  body_html            text NOT NULL DEFAULT '',
  body_text            text NOT NULL DEFAULT '',
  interpretation_html  text NOT NULL DEFAULT '',
  interpretation_text  text NOT NULL DEFAULT '',
  -- Ordered question/answer pairs: [{"question": …, "answer": …}].
  faq                  jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(faq) = 'array'),
  -- GB/T 4754 sections, applicant kinds, support kinds (the lists of packages/shared/src/policy-docs) and free topics.
  industries           text[] NOT NULL DEFAULT '{}'
                         CHECK (industries <@ ARRAY['A','B','C','D','E','F','G','H','I','J','K','L','M','N','O','P',
                                                    'Q','R','S','T']),
  enterprise_kinds     text[] NOT NULL DEFAULT '{}'
                         CHECK (enterprise_kinds <@ ARRAY['tech_sme','hte','specialised','startup','above_scale',
                                                          'university','service_org']),
  support_kinds        text[] NOT NULL DEFAULT '{}'
                         CHECK (support_kinds <@ ARRAY['subsidy','reward','tax','finance','talent','platform',
                                                       'honour','other']),
  topics               text[] NOT NULL DEFAULT '{}' CHECK (cardinality(topics) <= 20),
  -- The document's key words (domain terms and title words), for finding related documents.
  key_terms            text[] NOT NULL DEFAULT '{}',
  -- Jieba's search-mode tokens, space-joined and weighted: A title, 文号 and issuer; B tags; C 解读 and FAQ; D the
  -- full text (policy.search.ts). The 'simple' configuration keeps each token as it is.
  search               tsvector NOT NULL,
  -- What ranking reads: the same tokens without the full text but for its opening (RANK_BODY_TOKENS), kept small and
  -- in the row (STORAGE MAIN below), so that ranking thousands of matches reads no TOAST and little data.
  rank_vector          tsvector NOT NULL,
  published_at         timestamptz,
  published_by         bigint REFERENCES users (id),
  repealed_on          date,
  repealed_at          timestamptz,
  repealed_by          bigint REFERENCES users (id),
  replaced_by          bigint REFERENCES policy_documents (id),
  repeal_note          text NOT NULL DEFAULT '' CHECK (length(repeal_note) <= 500),
  created_by           bigint REFERENCES users (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_by           bigint REFERENCES users (id),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT policy_documents_dates_ordered CHECK (
    expires_on IS NULL OR (expires_on >= coalesce(effective_from, expires_on)
                           AND expires_on >= coalesce(issued_on, expires_on))),
  -- A document has been published exactly when it is published or repealed; a published one has its date of issue.
  CONSTRAINT policy_documents_published CHECK ((status = 'draft') = (published_at IS NULL)),
  CONSTRAINT policy_documents_issued CHECK (status = 'draft' OR issued_on IS NOT NULL),
  CONSTRAINT policy_documents_repealed CHECK ((status = 'repealed') = (repealed_at IS NOT NULL AND repealed_on IS NOT NULL)),
  CONSTRAINT policy_documents_replaced CHECK (replaced_by IS NULL OR (status = 'repealed' AND replaced_by <> id)),
  -- One 文号 per issuer; documents without one are not compared.
  CONSTRAINT policy_documents_number_key UNIQUE (issuer, doc_number)
);
ALTER TABLE policy_documents ALTER COLUMN rank_vector SET STORAGE MAIN;
-- Documents are written rarely and searched often: without the pending list of GIN's fast update every search finds
-- the index complete (a pending list after an import made the planner scan and unpack every vector instead).
CREATE INDEX policy_documents_search ON policy_documents USING gin (search) WITH (fastupdate = off);
CREATE INDEX policy_documents_rank_vector ON policy_documents USING gin (rank_vector) WITH (fastupdate = off);
CREATE INDEX policy_documents_published ON policy_documents (issued_on DESC, id DESC) WHERE status = 'published';
CREATE INDEX policy_documents_updated ON policy_documents (updated_at DESC, id DESC);
CREATE INDEX policy_documents_replaced_by ON policy_documents (replaced_by) WHERE replaced_by IS NOT NULL;
CREATE INDEX policy_documents_title_trgm ON policy_documents USING gin (title gin_trgm_ops);

-- The files attached to a document, in the order readers see them, with the names they are shown under. Who may read
-- a file is the upload module's record (upload_attachments, public while the document is published).
CREATE TABLE policy_document_attachments (
  document_id  bigint NOT NULL REFERENCES policy_documents (id),
  hash         char(64) NOT NULL REFERENCES uploads (hash),
  name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  position     int NOT NULL CHECK (position >= 0),
  PRIMARY KEY (document_id, hash),
  CONSTRAINT policy_document_attachments_position_key UNIQUE (document_id, position)
);

-- Published for other areas (news, notices, the plan's reports): the documents readers can see, with their state on
-- today's calendar date in Asia/Shanghai.
CREATE VIEW policy_published_documents AS
  SELECT d.id, d.title, d.doc_number, d.issuer, d.level, d.issued_on, d.effective_from, d.expires_on,
         d.support_kinds, d.enterprise_kinds, d.industries,
         (d.expires_on IS NOT NULL AND d.expires_on < (now() AT TIME ZONE 'Asia/Shanghai')::date) AS expired
  FROM policy_documents d
  WHERE d.status = 'published';
