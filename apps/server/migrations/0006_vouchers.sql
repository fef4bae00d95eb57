-- 科技创新券: schemes, applications, vouchers and a double-entry ledger that never loses or double-spends a fen.

-- Incubator tenancy (孵化载体在孵企业): one of the eligibility routes of a voucher scheme.
CREATE TABLE incubator_tenancies (
  incubator_id         bigint NOT NULL REFERENCES organisations(id),
  tenant_id            bigint NOT NULL REFERENCES organisations(id),
  since                date NOT NULL,
  until                date,
  PRIMARY KEY (incubator_id, tenant_id, since),
  CHECK (until IS NULL OR until > since),
  CHECK (incubator_id <> tenant_id)
);
CREATE INDEX incubator_tenancies_tenant ON incubator_tenancies (tenant_id);

-- An organisation barred from vouchers (collusion, falsification: the credit record).
ALTER TABLE organisations ADD COLUMN vouchers_barred boolean NOT NULL DEFAULT false;

CREATE TABLE voucher_schemes (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year                 smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  name                 text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
  budget               bigint NOT NULL CHECK (budget > 0),
  per_enterprise_cap   bigint NOT NULL CHECK (per_enterprise_cap > 0),
  coverage_percent     numeric(5,2) NOT NULL CHECK (coverage_percent > 0 AND coverage_percent <= 100),
  amount_mode          text NOT NULL CHECK (amount_mode IN ('unit','free')),
  unit_amount          bigint CHECK (unit_amount > 0),
  validity_months      integer CHECK (validity_months BETWEEN 1 AND 36),
  valid_until          date,
  categories           text[] NOT NULL CHECK (cardinality(categories) > 0),
  require_tsme         boolean NOT NULL DEFAULT true,
  allow_incubator_tenants boolean NOT NULL DEFAULT true,
  apply_from           date NOT NULL,
  apply_to             date NOT NULL,
  status               text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','open','closed')),
  created_by           bigint REFERENCES users(id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (apply_to >= apply_from),
  CHECK ((validity_months IS NULL) <> (valid_until IS NULL)),
  CHECK (amount_mode = 'free' OR unit_amount IS NOT NULL),
  CHECK (per_enterprise_cap <= budget)
);
COMMENT ON COLUMN voucher_schemes.budget IS 'fen';

CREATE TABLE voucher_applications (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  scheme_id            bigint NOT NULL REFERENCES voucher_schemes(id),
  org_id               bigint NOT NULL REFERENCES organisations(id),
  user_id              bigint NOT NULL REFERENCES users(id),
  amount               bigint NOT NULL CHECK (amount > 0),
  purpose              text NOT NULL,
  status               text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected','withdrawn')),
  approved_amount      bigint CHECK (approved_amount > 0),
  reject_reason        text,
  decided_by           bigint REFERENCES users(id),
  decided_at           timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'approved' OR approved_amount IS NOT NULL),
  CHECK (approved_amount IS NULL OR approved_amount <= amount),
  CHECK (status <> 'rejected' OR length(btrim(coalesce(reject_reason, ''))) > 0)
);
-- One open application per enterprise and scheme.
CREATE UNIQUE INDEX voucher_applications_one_pending ON voucher_applications (scheme_id, org_id) WHERE status = 'pending';

CREATE TABLE vouchers (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number               text NOT NULL UNIQUE,
  scheme_id            bigint NOT NULL REFERENCES voucher_schemes(id),
  org_id               bigint NOT NULL REFERENCES organisations(id),
  application_id       bigint UNIQUE REFERENCES voucher_applications(id),
  amount               bigint NOT NULL CHECK (amount > 0),
  issued_at            timestamptz NOT NULL,
  valid_until          timestamptz NOT NULL,
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active','suspended','expired')),
  suspend_reason       text,
  CHECK (valid_until > issued_at)
);
CREATE INDEX vouchers_org ON vouchers (org_id);
CREATE INDEX vouchers_scheme ON vouchers (scheme_id);

-- Ledger. Accounts are named by their role and owner: scheme:<id> (unissued budget), voucher:<id> (spendable),
-- hold:<id> (reserved for an accepted order), payable:<provider org id> (owed to a provider), paid:<provider org id>,
-- and the external accounts funding (where budgets come from) and expired:<scheme id>. Balances are kept by trigger
-- from the entries and may not go negative, except on external accounts; `npm run admin -- reconcile` re-adds them.
CREATE TABLE ledger_accounts (
  code                 text PRIMARY KEY,
  kind                 text NOT NULL CHECK (kind IN ('funding','scheme','voucher','hold','payable','paid','expired')),
  balance              bigint NOT NULL DEFAULT 0,
  CONSTRAINT ledger_accounts_not_negative CHECK (kind = 'funding' OR balance >= 0)
);

CREATE TABLE ledger_entries (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at                   timestamptz NOT NULL DEFAULT now(),
  from_account         text NOT NULL REFERENCES ledger_accounts(code),
  to_account           text NOT NULL REFERENCES ledger_accounts(code),
  amount               bigint NOT NULL CHECK (amount > 0),
  kind                 text NOT NULL CHECK (kind IN ('fund','issue','hold','release','consume','pay','expire','defund')),
  ref                  text,
  actor_id             bigint REFERENCES users(id),
  CHECK (from_account <> to_account)
);
CREATE INDEX ledger_entries_from ON ledger_entries (from_account);
CREATE INDEX ledger_entries_to ON ledger_entries (to_account);

CREATE FUNCTION ledger_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE ledger_accounts SET balance = balance - NEW.amount WHERE code = NEW.from_account;
  UPDATE ledger_accounts SET balance = balance + NEW.amount WHERE code = NEW.to_account;
  RETURN NULL;
END $$;
CREATE TRIGGER ledger_entries_apply AFTER INSERT ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_apply();

CREATE FUNCTION ledger_entries_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_entries is append-only';
END $$;
CREATE TRIGGER ledger_entries_no_change BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_immutable();

-- A voucher's share of an order: held when the buyer accepts, consumed on completion, released on cancellation.
CREATE TABLE voucher_holds (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  voucher_id           bigint NOT NULL REFERENCES vouchers(id),
  order_id             bigint NOT NULL REFERENCES service_orders(id),
  amount               bigint NOT NULL CHECK (amount > 0),
  status               text NOT NULL DEFAULT 'held' CHECK (status IN ('held','consumed','released')),
  created_at           timestamptz NOT NULL DEFAULT now(),
  closed_at            timestamptz,
  CHECK ((status = 'held') = (closed_at IS NULL))
);
CREATE UNIQUE INDEX voucher_holds_one_per_order ON voucher_holds (voucher_id, order_id) WHERE status <> 'released';
CREATE INDEX voucher_holds_order ON voucher_holds (order_id);
