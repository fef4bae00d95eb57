-- 风险补偿资金池 (seed 十二.1, 十二.3): a pool's admission rule (the policy area's rule format) computes its whitelist
-- of enterprises; a lender's claim for a non-performing loan of a whitelisted enterprise is reviewed, approved with
-- the amount the pool's parameters give (packages/shared/src/finance/compensation.ts) and paid from the pool's
-- budget. The budget moves only through append-only entries, which keep the pool's three balances: available,
-- committed (approved, not yet paid) and paid. Their sum is what was funded; none goes below zero, so no fen is paid
-- that the pool does not have, and a case is claimed once.

CREATE TABLE finance_pools (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name               text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 100),
  description        text NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
  -- Which enterprises are admitted, in the rule format; null admits every verified enterprise.
  admission          jsonb CHECK (admission IS NULL OR jsonb_typeof(admission) = 'object'),
  direct_pct         integer NOT NULL CHECK (direct_pct BETWEEN 0 AND 100),
  guaranteed_pct     integer NOT NULL CHECK (guaranteed_pct BETWEEN 0 AND 100),
  first_loan_bonus   integer NOT NULL CHECK (first_loan_bonus BETWEEN 0 AND 50),
  pure_credit_bonus  integer NOT NULL CHECK (pure_credit_bonus BETWEEN 0 AND 50),
  ip_pledge_bonus    integer NOT NULL CHECK (ip_pledge_bonus BETWEEN 0 AND 50),
  cap_pct            integer NOT NULL CHECK (cap_pct BETWEEN 0 AND 100),
  -- The lenders whose loans it covers.
  institution_ids    bigint[] NOT NULL DEFAULT '{}',
  status             text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  available_fen      bigint NOT NULL DEFAULT 0 CHECK (available_fen >= 0),
  committed_fen      bigint NOT NULL DEFAULT 0 CHECK (committed_fen >= 0),
  paid_fen           bigint NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
  whitelist_at       timestamptz,
  created_by         bigint NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT finance_pools_cap CHECK (direct_pct <= cap_pct AND guaranteed_pct <= cap_pct)
);

-- The whitelist as last computed: each enterprise the admission rule admits (or that needs data to tell).
CREATE TABLE finance_pool_members (
  pool_id      bigint NOT NULL REFERENCES finance_pools (id),
  org_id       bigint NOT NULL REFERENCES organisations (id),
  result       text NOT NULL CHECK (result IN ('eligible', 'needs_data')),
  computed_at  timestamptz NOT NULL,
  PRIMARY KEY (pool_id, org_id)
);

CREATE TABLE finance_pool_claims (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pool_id             bigint NOT NULL REFERENCES finance_pools (id),
  -- One claim per loan, ever: a loan is compensated once.
  case_id             bigint NOT NULL UNIQUE REFERENCES finance_cases (id),
  institution_org_id  bigint NOT NULL REFERENCES finance_institutions (org_id),
  loss_fen            bigint NOT NULL CHECK (loss_fen > 0),
  guaranteed          boolean NOT NULL,
  first_loan          boolean NOT NULL,
  pure_credit         boolean NOT NULL,
  ip_pledge           boolean NOT NULL,
  note                text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  status              text NOT NULL DEFAULT 'submitted'
                        CHECK (status IN ('submitted', 'reviewed', 'approved', 'paid', 'rejected')),
  -- Fixed on approval: the share in whole percentage points and the amount, loss × share rounded down to the fen.
  pct                 integer CHECK (pct BETWEEN 0 AND 100),
  amount_fen          bigint CHECK (amount_fen >= 0),
  review_note         text CHECK (length(review_note) <= 1000),
  submitted_by        bigint NOT NULL REFERENCES users (id),
  submitted_at        timestamptz NOT NULL DEFAULT now(),
  reviewed_by         bigint REFERENCES users (id),
  reviewed_at         timestamptz,
  approved_by         bigint REFERENCES users (id),
  approved_at         timestamptz,
  paid_by             bigint REFERENCES users (id),
  paid_at             timestamptz,
  CONSTRAINT finance_pool_claims_amount CHECK ((status IN ('approved', 'paid')) = (amount_fen IS NOT NULL)
    AND (amount_fen IS NULL OR (pct IS NOT NULL AND amount_fen <= loss_fen))),
  CONSTRAINT finance_pool_claims_paid CHECK ((status = 'paid') = (paid_at IS NOT NULL))
);
CREATE INDEX finance_pool_claims_pool ON finance_pool_claims (pool_id, status);

CREATE FUNCTION finance_pool_claim_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (NEW.status IN ('reviewed', 'rejected') AND OLD.status = 'submitted')
    OR (NEW.status IN ('approved', 'rejected') AND OLD.status = 'reviewed')
    OR (NEW.status = 'paid' AND OLD.status = 'approved')
  ) THEN
    RAISE EXCEPTION 'pool claim %: cannot go from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status IN ('approved', 'paid') AND (NEW.amount_fen IS DISTINCT FROM OLD.amount_fen
     OR NEW.pct IS DISTINCT FROM OLD.pct OR NEW.loss_fen <> OLD.loss_fen) THEN
    RAISE EXCEPTION 'pool claim %: the approved amount is fixed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER finance_pool_claims_transition BEFORE UPDATE ON finance_pool_claims
  FOR EACH ROW EXECUTE FUNCTION finance_pool_claim_transition();

-- The pool's money: fund (into available), commit (available → committed, on approval), pay (committed → paid).
CREATE TABLE finance_pool_entries (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pool_id     bigint NOT NULL REFERENCES finance_pools (id),
  kind        text NOT NULL CHECK (kind IN ('fund', 'commit', 'pay')),
  amount_fen  bigint NOT NULL CHECK (amount_fen > 0),
  claim_id    bigint REFERENCES finance_pool_claims (id),
  actor_id    bigint REFERENCES users (id),
  note        text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT finance_pool_entries_claim CHECK ((kind = 'fund') = (claim_id IS NULL)),
  -- A claim is committed once and paid once.
  CONSTRAINT finance_pool_entries_once UNIQUE (claim_id, kind)
);
CREATE INDEX finance_pool_entries_pool ON finance_pool_entries (pool_id, id);

CREATE FUNCTION finance_pool_entry_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.kind = 'fund' THEN
    UPDATE finance_pools SET available_fen = available_fen + NEW.amount_fen WHERE id = NEW.pool_id;
  ELSIF NEW.kind = 'commit' THEN
    UPDATE finance_pools SET available_fen = available_fen - NEW.amount_fen,
                             committed_fen = committed_fen + NEW.amount_fen WHERE id = NEW.pool_id;
  ELSE
    UPDATE finance_pools SET committed_fen = committed_fen - NEW.amount_fen,
                             paid_fen = paid_fen + NEW.amount_fen WHERE id = NEW.pool_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER finance_pool_entries_apply AFTER INSERT ON finance_pool_entries
  FOR EACH ROW EXECUTE FUNCTION finance_pool_entry_apply();
CREATE TRIGGER finance_pool_entries_append_only BEFORE UPDATE OR DELETE ON finance_pool_entries
  FOR EACH ROW EXECUTE FUNCTION finance_append_only();
-- The balances move only through entries.
CREATE FUNCTION finance_pool_balances_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' AND (NEW.available_fen <> 0 OR NEW.committed_fen <> 0 OR NEW.paid_fen <> 0)
     OR TG_OP = 'UPDATE' AND pg_trigger_depth() <= 1 AND (NEW.available_fen <> OLD.available_fen
        OR NEW.committed_fen <> OLD.committed_fen OR NEW.paid_fen <> OLD.paid_fen) THEN
    RAISE EXCEPTION 'finance pool %: balances move only through finance_pool_entries', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER finance_pools_balances BEFORE INSERT OR UPDATE ON finance_pools
  FOR EACH ROW EXECUTE FUNCTION finance_pool_balances_fixed();
