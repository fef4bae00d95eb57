-- 政策事项 (policy items, part 2 of the policy area): what an item of a policy document gives whom, when and how it
-- is claimed, with its conditions and amount as data (validated by packages/shared/src/policy), the runs that find
-- who qualifies (the simulation of a draft, the finding of who to tell on publishing), each enterprise's latest
-- eligibility, and the enterprises' subscriptions to kinds of policy.

CREATE TABLE policy_items (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  document_id            bigint NOT NULL REFERENCES policy_documents (id),
  clause                 text NOT NULL DEFAULT '' CHECK (length(clause) <= 50),
  title                  text NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
  beneficiaries          text NOT NULL DEFAULT '' CHECK (length(beneficiaries) <= 2000),
  condition              jsonb NOT NULL CHECK (jsonb_typeof(condition) = 'object'),
  amount                 jsonb NOT NULL CHECK (jsonb_typeof(amount) = 'object' AND amount ? 'kind'),
  budget_fen             bigint CHECK (budget_fen IS NULL OR budget_fen >= 0),
  mode                   text NOT NULL CHECK (mode IN ('apply', 'auto', 'fast')),
  opens_on               date,
  closes_on              date,
  department             text NOT NULL CHECK (length(btrim(department)) BETWEEN 1 AND 100),
  materials              jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(materials) = 'array'),
  payment_deadline_days  int CHECK (payment_deadline_days IS NULL OR payment_deadline_days BETWEEN 1 AND 365),
  status                 text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'closed', 'withdrawn')),
  published_at           timestamptz,
  published_by           bigint REFERENCES users (id),
  created_by             bigint NOT NULL REFERENCES users (id),
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT policy_items_window CHECK (opens_on IS NULL OR closes_on IS NULL OR closes_on >= opens_on),
  CONSTRAINT policy_items_published CHECK ((status = 'draft') = (published_at IS NULL)),
  -- 免申即享 pays what the data computes: never an amount decided in review.
  CONSTRAINT policy_items_auto_amount CHECK (mode <> 'auto' OR amount->>'kind' <> 'manual'),
  CONSTRAINT policy_items_deadline_fast CHECK (payment_deadline_days IS NULL OR mode = 'fast')
);
CREATE INDEX policy_items_document ON policy_items (document_id);
CREATE INDEX policy_items_open ON policy_items (closes_on, id) WHERE status = 'published';

-- A run over every enterprise of the registry, in chunks: of one item (the simulation of a draft; the finding of
-- whom to tell when it is published) or of every open item (item_id NULL: the nightly recheck), with its progress and
-- what it found. One running run per item, and one recheck at a time.
CREATE TABLE policy_runs (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id             bigint REFERENCES policy_items (id),
  kind                text NOT NULL CHECK (kind IN ('simulation', 'publish', 'recheck')),
  status              text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
  assessed_on         date NOT NULL,
  total               int NOT NULL CHECK (total >= 0),
  processed           int NOT NULL DEFAULT 0 CHECK (processed >= 0 AND processed <= total),
  cursor              bigint NOT NULL DEFAULT 0,
  max_org_id          bigint NOT NULL,
  eligible            int NOT NULL DEFAULT 0,
  not_eligible        int NOT NULL DEFAULT 0,
  needs_data          int NOT NULL DEFAULT 0,
  needs_review        int NOT NULL DEFAULT 0,
  payout_fen          bigint NOT NULL DEFAULT 0 CHECK (payout_fen >= 0),
  -- {"org.revenueFen": 12, …}: how often each fact was missing for a "needs data" result.
  missing_facts       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(missing_facts) = 'object'),
  error               text,
  started_by          bigint REFERENCES users (id),
  started_at          timestamptz NOT NULL DEFAULT now(),
  finished_at         timestamptz,
  CONSTRAINT policy_runs_finished CHECK ((status = 'running') = (finished_at IS NULL)),
  CONSTRAINT policy_runs_recheck_all CHECK ((item_id IS NULL) = (kind = 'recheck'))
);
CREATE UNIQUE INDEX policy_runs_one_running ON policy_runs (item_id) WHERE status = 'running';
CREATE UNIQUE INDEX policy_runs_one_recheck ON policy_runs ((item_id IS NULL)) WHERE status = 'running' AND item_id IS NULL;

-- What a run found per enterprise (the simulation's list: who would qualify, with the amount and missing facts).
CREATE TABLE policy_run_results (
  run_id       bigint NOT NULL REFERENCES policy_runs (id),
  org_id       bigint NOT NULL REFERENCES organisations (id),
  result       text NOT NULL CHECK (result IN ('eligible', 'not_eligible', 'needs_data')),
  needs_review boolean NOT NULL,
  amount_fen   bigint CHECK (amount_fen IS NULL OR amount_fen >= 0),
  missing      text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (run_id, org_id)
);
CREATE INDEX policy_run_results_result ON policy_run_results (run_id, result);

-- Each enterprise's latest standing against each published item, kept so that a change of its facts tells it only
-- when the standing changes (newly eligible), and so that 知晓覆盖率 can count who opened the notice.
CREATE TABLE policy_matches (
  item_id       bigint NOT NULL REFERENCES policy_items (id),
  org_id        bigint NOT NULL REFERENCES organisations (id),
  result        text NOT NULL CHECK (result IN ('eligible', 'not_eligible', 'needs_data')),
  amount_fen    bigint CHECK (amount_fen IS NULL OR amount_fen >= 0),
  evaluated_at  timestamptz NOT NULL,
  notified_at   timestamptz,
  opened_at     timestamptz,
  PRIMARY KEY (item_id, org_id),
  CONSTRAINT policy_matches_opened CHECK (opened_at IS NULL OR notified_at IS NOT NULL)
);
CREATE INDEX policy_matches_org ON policy_matches (org_id, result);

-- Enterprises whose facts changed (indicators, IP, evaluations), to be checked again against the open items within
-- the minute: the write that changed them only queues the enterprise.
CREATE TABLE policy_recheck_queue (
  org_id     bigint PRIMARY KEY REFERENCES organisations (id),
  queued_at  timestamptz NOT NULL DEFAULT now()
);

-- An enterprise's subscription to kinds of policy: told of new items of documents with any of these tags.
CREATE TABLE policy_subscriptions (
  org_id            bigint PRIMARY KEY REFERENCES organisations (id),
  support_kinds     text[] NOT NULL DEFAULT '{}'
                      CHECK (support_kinds <@ ARRAY['subsidy','reward','tax','finance','talent','platform','honour','other']),
  enterprise_kinds  text[] NOT NULL DEFAULT '{}'
                      CHECK (enterprise_kinds <@ ARRAY['tech_sme','hte','specialised','startup','above_scale',
                                                       'university','service_org']),
  levels            text[] NOT NULL DEFAULT '{}' CHECK (levels <@ ARRAY['national','province','city','zone']),
  updated_by        bigint NOT NULL REFERENCES users (id),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

-- Published for the portal and the plan's dashboard: items open to claims today.
CREATE VIEW policy_open_items AS
  SELECT i.id, i.document_id, i.title, i.mode, i.opens_on, i.closes_on, i.department, i.budget_fen, i.amount
  FROM policy_items i
  WHERE i.status = 'published'
    AND (i.opens_on IS NULL OR i.opens_on <= (now() AT TIME ZONE 'Asia/Shanghai')::date)
    AND (i.closes_on IS NULL OR i.closes_on >= (now() AT TIME ZONE 'Asia/Shanghai')::date);
