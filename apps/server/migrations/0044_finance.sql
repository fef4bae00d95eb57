-- 科技金融服务平台 and 网络金融超市 (seed 九.2, 十二.1–4): institutions and their products, the enterprise
-- financing-needs database with the consent to share facts, pushes to institutions with a first-contact day, and loan
-- cases to disbursement. Money in fen, rates in basis points, days in the zone's calendar (Asia/Shanghai).

CREATE TABLE finance_settings (
  id                  smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  first_contact_days  integer NOT NULL DEFAULT 2 CHECK (first_contact_days BETWEEN 1 AND 20),
  follow_up_days      integer NOT NULL DEFAULT 5 CHECK (follow_up_days BETWEEN 1 AND 30),
  -- The 1-year 贷款市场报价利率 in basis points; the finance office sets it when a new one is published.
  lpr_bp              integer NOT NULL DEFAULT 300 CHECK (lpr_bp BETWEEN 0 AND 2000),
  served_target       integer NOT NULL DEFAULT 50 CHECK (served_target BETWEEN 0 AND 100000),
  updated_by          bigint REFERENCES users (id),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
INSERT INTO finance_settings (id) VALUES (1);

-- The zone's product labels: 科技助保贷, 科技信用贷, 科技快速贷; 信用标, 质押标, 创新标 (seed 九.2, 十二.3).
CREATE TABLE finance_labels (
  code        text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,29}$'),
  zh          text NOT NULL CHECK (length(btrim(zh)) BETWEEN 2 AND 30),
  en          text NOT NULL CHECK (length(btrim(en)) BETWEEN 2 AND 60),
  active      boolean NOT NULL DEFAULT true,
  sort        integer NOT NULL DEFAULT 0
);
INSERT INTO finance_labels (code, zh, en, sort) VALUES
  ('zhubao', '科技助保贷', 'Tech loan with guarantee support', 1),
  ('xinyong', '科技信用贷', 'Tech credit loan', 2),
  ('kuaisu', '科技快速贷', 'Tech fast loan', 3),
  ('credit_mark', '信用标', 'Credit mark', 4),
  ('pledge_mark', '质押标', 'Pledge mark', 5),
  ('innovation_mark', '创新标', 'Innovation mark', 6);

-- An institution's profile: an organisation of kind 'finance' (the service checks the kind and verification).
CREATE TABLE finance_institutions (
  org_id         bigint PRIMARY KEY REFERENCES organisations (id),
  kind           text NOT NULL CHECK (kind IN ('bank', 'guarantor', 'insurer', 'securities', 'small_loan', 'leasing',
                   'investment', 'valuation', 'notary')),
  intro          text NOT NULL CHECK (length(btrim(intro)) BETWEEN 10 AND 2000),
  -- [{ name, address, phone, techBranch }]: branches, 科技专业支行 marked.
  branches       jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(branches) = 'array' AND jsonb_array_length(branches) <= 30),
  contact_name   text NOT NULL CHECK (length(btrim(contact_name)) BETWEEN 2 AND 50),
  contact_phone  text NOT NULL CHECK (length(btrim(contact_phone)) BETWEEN 5 AND 40),
  updated_by     bigint NOT NULL REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE finance_products (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  institution_org_id  bigint NOT NULL REFERENCES finance_institutions (org_id),
  name                text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 100),
  kind                text NOT NULL CHECK (kind IN ('credit', 'guarantee', 'pledge', 'insurance', 'equity', 'leasing')),
  labels              text[] NOT NULL DEFAULT '{}' CHECK (cardinality(labels) <= 6),
  summary             text NOT NULL CHECK (length(btrim(summary)) BETWEEN 10 AND 2000),
  amount_min_fen      bigint NOT NULL CHECK (amount_min_fen >= 1),
  amount_default_fen  bigint NOT NULL,
  amount_max_fen      bigint NOT NULL,
  term_min_months     integer NOT NULL CHECK (term_min_months >= 1),
  term_default_months integer NOT NULL,
  term_max_months     integer NOT NULL CHECK (term_max_months <= 360),
  -- Fixed: the annual rate; lpr: the spread over the 1-year LPR. All null for a product without a rate (equity).
  rate_mode           text CHECK (rate_mode IN ('fixed', 'lpr')),
  rate_min_bp         integer,
  rate_default_bp     integer,
  rate_max_bp         integer,
  guarantee_kinds     text[] NOT NULL CHECK (cardinality(guarantee_kinds) >= 1 AND guarantee_kinds <@
                        ARRAY['credit', 'guarantee', 'mortgage', 'pledge', 'ip_pledge', 'equity_pledge']),
  collateral_kinds    text[] NOT NULL DEFAULT '{}' CHECK (collateral_kinds <@
                        ARRAY['real_estate', 'equipment', 'receivables', 'patent', 'equity', 'deposit']),
  repayment_kinds     text[] NOT NULL DEFAULT '{}' CHECK (repayment_kinds <@
                        ARRAY['equal_instalment', 'equal_principal', 'interest_monthly', 'bullet', 'revolving']),
  approval_days       integer NOT NULL CHECK (approval_days BETWEEN 1 AND 180),
  materials           text[] NOT NULL DEFAULT '{}' CHECK (cardinality(materials) <= 30),
  regions             text[] NOT NULL DEFAULT '{}' CHECK (cardinality(regions) <= 30),
  -- The policy area's rule format (packages/shared/src/policy/conditions.ts), validated where it is saved.
  condition           jsonb CHECK (condition IS NULL OR jsonb_typeof(condition) = 'object'),
  policy_item_ids     bigint[] NOT NULL DEFAULT '{}' CHECK (cardinality(policy_item_ids) <= 10),
  status              text NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'submitted', 'published', 'returned', 'suspended', 'retired')),
  review_note         text CHECK (length(review_note) <= 500),
  reviewed_by         bigint REFERENCES users (id),
  reviewed_at         timestamptz,
  published_at        timestamptz,
  created_by          bigint NOT NULL REFERENCES users (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT finance_products_amount_order CHECK (amount_min_fen <= amount_default_fen
    AND amount_default_fen <= amount_max_fen),
  CONSTRAINT finance_products_term_order CHECK (term_min_months <= term_default_months
    AND term_default_months <= term_max_months),
  CONSTRAINT finance_products_rate CHECK (
    (rate_mode IS NULL AND rate_min_bp IS NULL AND rate_default_bp IS NULL AND rate_max_bp IS NULL)
    OR (rate_mode IS NOT NULL AND rate_min_bp <= rate_default_bp AND rate_default_bp <= rate_max_bp
        AND rate_min_bp >= -500 AND rate_max_bp <= 2400 AND (rate_mode = 'lpr' OR rate_min_bp >= 0))),
  CONSTRAINT finance_products_published CHECK (status NOT IN ('published', 'suspended') OR published_at IS NOT NULL)
);
CREATE INDEX finance_products_institution ON finance_products (institution_org_id, status);
CREATE INDEX finance_products_published_kind ON finance_products (kind) WHERE status = 'published';

CREATE FUNCTION finance_product_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (NEW.status = 'submitted' AND OLD.status IN ('draft', 'returned'))
    OR (NEW.status = 'draft' AND OLD.status = 'submitted')
    OR (NEW.status IN ('published', 'returned') AND OLD.status = 'submitted')
    OR (NEW.status = 'suspended' AND OLD.status = 'published')
    OR (NEW.status = 'published' AND OLD.status = 'suspended')
    OR (NEW.status = 'retired' AND OLD.status IN ('draft', 'returned', 'published', 'suspended'))
  ) THEN
    RAISE EXCEPTION 'finance product %: cannot go from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER finance_products_transition BEFORE UPDATE OF status ON finance_products
  FOR EACH ROW EXECUTE FUNCTION finance_product_transition();

-- 企业融资需求信息库: a need is posted at once (there is nothing to review) and pushed to the fitting institutions.
CREATE TABLE finance_needs (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id             bigint NOT NULL REFERENCES organisations (id),
  amount_fen         bigint NOT NULL CHECK (amount_fen BETWEEN 1000000 AND 100000000000),
  term_months        integer NOT NULL CHECK (term_months BETWEEN 1 AND 360),
  purpose            text NOT NULL CHECK (purpose IN ('working_capital', 'equipment', 'rd', 'expansion', 'acquisition',
                       'other')),
  purpose_text       text NOT NULL CHECK (length(btrim(purpose_text)) BETWEEN 10 AND 1000),
  guarantee_offered  text[] NOT NULL CHECK (cardinality(guarantee_offered) >= 1 AND guarantee_offered <@
                       ARRAY['credit', 'guarantee', 'mortgage', 'pledge', 'ip_pledge', 'equity_pledge']),
  collateral         text[] NOT NULL DEFAULT '{}' CHECK (collateral <@
                       ARRAY['real_estate', 'equipment', 'receivables', 'patent', 'equity', 'deposit']),
  rate_ceiling_bp    integer CHECK (rate_ceiling_bp BETWEEN 1 AND 2400),
  needed_by          date NOT NULL,
  status             text NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'in_progress', 'funded', 'closed', 'withdrawn', 'expired')),
  posted_by          bigint NOT NULL REFERENCES users (id),
  posted_at          timestamptz NOT NULL DEFAULT now(),
  -- The working day by which an institution must have contacted the enterprise; fixed when posted.
  first_contact_due  date NOT NULL,
  first_contact_at   timestamptz,
  -- When the finance office was told that nobody had contacted the enterprise in time.
  escalated_at       timestamptz,
  closed_at          timestamptz,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT finance_needs_ended CHECK ((status IN ('open', 'in_progress')) = (closed_at IS NULL))
);
CREATE INDEX finance_needs_org ON finance_needs (org_id, posted_at DESC);
CREATE INDEX finance_needs_waiting ON finance_needs (first_contact_due)
  WHERE first_contact_at IS NULL AND escalated_at IS NULL AND status IN ('open', 'in_progress');

-- A need pushed to an institution whose published products fit it (product_ids), answered by a claim or a pass.
CREATE TABLE finance_pushes (
  need_id             bigint NOT NULL REFERENCES finance_needs (id),
  institution_org_id  bigint NOT NULL REFERENCES finance_institutions (org_id),
  product_ids         bigint[] NOT NULL DEFAULT '{}',
  status              text NOT NULL DEFAULT 'pushed' CHECK (status IN ('pushed', 'claimed', 'passed')),
  -- Pushed by the matching on posting (null) or by the finance officer after an escalation.
  pushed_by           bigint REFERENCES users (id),
  pushed_at           timestamptz NOT NULL DEFAULT now(),
  answered_by         bigint REFERENCES users (id),
  answered_at         timestamptz,
  PRIMARY KEY (need_id, institution_org_id),
  CONSTRAINT finance_pushes_answered CHECK ((status = 'pushed') = (answered_at IS NULL))
);
CREATE INDEX finance_pushes_institution ON finance_pushes (institution_org_id, status, pushed_at DESC);

CREATE TABLE finance_cases (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  need_id             bigint NOT NULL REFERENCES finance_needs (id),
  institution_org_id  bigint NOT NULL REFERENCES finance_institutions (org_id),
  product_id          bigint REFERENCES finance_products (id),
  status              text NOT NULL DEFAULT 'claimed' CHECK (status IN ('claimed', 'contacted', 'due_diligence',
                        'approved', 'declined', 'disbursed', 'repaid', 'non_performing')),
  requested_fen       bigint NOT NULL CHECK (requested_fen > 0),
  approved_fen        bigint CHECK (approved_fen > 0),
  rate_bp             integer CHECK (rate_bp BETWEEN 0 AND 2400),
  term_months         integer CHECK (term_months BETWEEN 1 AND 360),
  decline_reason      text CHECK (decline_reason IN ('credit_history', 'insufficient_collateral', 'cash_flow',
                        'outside_policy', 'incomplete_materials', 'enterprise_withdrew', 'other')),
  disbursed_fen       bigint CHECK (disbursed_fen > 0),
  disbursed_on        date,
  ended_on            date,
  claimed_by          bigint NOT NULL REFERENCES users (id),
  claimed_at          timestamptz NOT NULL DEFAULT now(),
  contacted_at        timestamptz,
  updated_at          timestamptz NOT NULL DEFAULT now(),
  -- One case per need and institution: a second claim is the same case.
  UNIQUE (need_id, institution_org_id),
  CONSTRAINT finance_cases_approved CHECK (status NOT IN ('approved', 'disbursed', 'repaid', 'non_performing')
    OR (approved_fen IS NOT NULL AND rate_bp IS NOT NULL AND term_months IS NOT NULL)),
  CONSTRAINT finance_cases_declined CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
  CONSTRAINT finance_cases_disbursed CHECK ((status IN ('disbursed', 'repaid', 'non_performing'))
    = (disbursed_fen IS NOT NULL AND disbursed_on IS NOT NULL)),
  CONSTRAINT finance_cases_disbursed_within CHECK (disbursed_fen IS NULL OR disbursed_fen <= approved_fen),
  CONSTRAINT finance_cases_ended CHECK ((status IN ('repaid', 'non_performing')) = (ended_on IS NOT NULL)),
  CONSTRAINT finance_cases_contacted CHECK (status = 'claimed' OR contacted_at IS NOT NULL
    OR status = 'declined')
);
CREATE INDEX finance_cases_institution ON finance_cases (institution_org_id, status);

CREATE FUNCTION finance_case_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (NEW.status = 'contacted' AND OLD.status = 'claimed')
    OR (NEW.status = 'due_diligence' AND OLD.status = 'contacted')
    OR (NEW.status = 'approved' AND OLD.status = 'due_diligence')
    OR (NEW.status = 'declined' AND OLD.status IN ('claimed', 'contacted', 'due_diligence', 'approved'))
    OR (NEW.status = 'disbursed' AND OLD.status = 'approved')
    OR (NEW.status IN ('repaid', 'non_performing') AND OLD.status = 'disbursed')
  ) THEN
    RAISE EXCEPTION 'finance case %: cannot go from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER finance_cases_transition BEFORE UPDATE OF status ON finance_cases
  FOR EACH ROW EXECUTE FUNCTION finance_case_transition();

-- Every step of a case, as the enterprise and the finance office read it. Never changed.
CREATE TABLE finance_case_events (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id   bigint NOT NULL REFERENCES finance_cases (id),
  status    text NOT NULL,
  note      text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  by_user   bigint NOT NULL REFERENCES users (id),
  at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finance_case_events_case ON finance_case_events (case_id, id);

-- An enterprise's consent that an institution read chosen facts of it until a date; revocable, never deleted.
CREATE TABLE finance_consents (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id              bigint NOT NULL REFERENCES organisations (id),
  institution_org_id  bigint NOT NULL REFERENCES finance_institutions (org_id),
  scopes              text[] NOT NULL CHECK (cardinality(scopes) >= 1
                        AND scopes <@ ARRAY['indicators', 'ip', 'evaluations', 'credit']),
  valid_until         date NOT NULL,
  need_id             bigint REFERENCES finance_needs (id),
  granted_by          bigint NOT NULL REFERENCES users (id),
  granted_at          timestamptz NOT NULL DEFAULT now(),
  revoked_by          bigint REFERENCES users (id),
  revoked_at          timestamptz,
  CONSTRAINT finance_consents_revoked CHECK ((revoked_at IS NULL) = (revoked_by IS NULL)),
  CONSTRAINT finance_consents_other CHECK (org_id <> institution_org_id)
);
CREATE INDEX finance_consents_pair ON finance_consents (institution_org_id, org_id) WHERE revoked_at IS NULL;
CREATE INDEX finance_consents_org ON finance_consents (org_id, granted_at DESC);

-- Every read of shared facts, shown to the enterprise. Never changed.
CREATE TABLE finance_fact_reads (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  consent_id  bigint NOT NULL REFERENCES finance_consents (id),
  reader_id   bigint NOT NULL REFERENCES users (id),
  scopes      text[] NOT NULL,
  read_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finance_fact_reads_consent ON finance_fact_reads (consent_id, read_at DESC);

CREATE FUNCTION finance_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER finance_case_events_append_only BEFORE UPDATE OR DELETE ON finance_case_events
  FOR EACH ROW EXECUTE FUNCTION finance_append_only();
CREATE TRIGGER finance_fact_reads_append_only BEFORE UPDATE OR DELETE ON finance_fact_reads
  FOR EACH ROW EXECUTE FUNCTION finance_append_only();
-- A consent's terms are fixed: only its revocation is written.
CREATE FUNCTION finance_consent_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR OLD.revoked_at IS NOT NULL OR NEW.org_id <> OLD.org_id
     OR NEW.institution_org_id <> OLD.institution_org_id OR NEW.scopes <> OLD.scopes
     OR NEW.valid_until <> OLD.valid_until OR NEW.need_id IS DISTINCT FROM OLD.need_id
     OR NEW.granted_at <> OLD.granted_at THEN
    RAISE EXCEPTION 'finance consent %: only a revocation is written', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER finance_consents_fixed BEFORE UPDATE OR DELETE ON finance_consents
  FOR EACH ROW EXECUTE FUNCTION finance_consent_fixed();
