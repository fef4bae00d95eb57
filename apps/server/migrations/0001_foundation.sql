-- Foundation: identity, organisation registry, audit log.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE organisations (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind                 text NOT NULL CHECK (kind IN ('enterprise','provider','finance','university','incubator')),
  name                 text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
  uscc                 char(18) NOT NULL CHECK (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  legal_rep            text,
  contact_name         text,
  contact_phone        text,
  contact_email        text,
  address              text,
  park                 text,
  industry             char(1) CHECK (industry ~ '^[A-T]$'),
  industry_chain       text CHECK (industry_chain IN ('electronics','equipment','photovoltaic','new_materials','carbon_materials','other')),
  founded_on           date,
  registered_capital   bigint CHECK (registered_capital >= 0),
  is_above_scale       boolean NOT NULL DEFAULT false,
  hte_cert_no          text,
  hte_valid_from       date,
  hte_valid_to         date,
  tsme_reg_no          text,
  is_specialized       boolean NOT NULL DEFAULT false,
  status               text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','verified','rejected')),
  reject_reason        text,
  verified_at          timestamptz,
  verified_by          bigint,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organisations_uscc_key UNIQUE (uscc),
  CONSTRAINT organisations_hte_validity CHECK (hte_valid_to IS NULL OR hte_valid_from IS NULL OR hte_valid_to > hte_valid_from),
  CONSTRAINT organisations_reject_reason CHECK (status <> 'rejected' OR length(btrim(coalesce(reject_reason,''))) > 0)
);
COMMENT ON COLUMN organisations.registered_capital IS 'registered capital in fen (分)';
CREATE INDEX organisations_name_trgm ON organisations USING gin (name gin_trgm_ops);
CREATE INDEX organisations_kind_status ON organisations (kind, status, id DESC);
CREATE INDEX organisations_industry ON organisations (industry);
CREATE INDEX organisations_park ON organisations (park);

CREATE TABLE org_indicators (
  org_id               bigint NOT NULL REFERENCES organisations(id),
  year                 smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  revenue              bigint NOT NULL DEFAULT 0 CHECK (revenue >= 0),
  rd_expense           bigint NOT NULL DEFAULT 0 CHECK (rd_expense >= 0),
  total_assets         bigint NOT NULL DEFAULT 0 CHECK (total_assets >= 0),
  employees            integer NOT NULL DEFAULT 0 CHECK (employees >= 0),
  tech_staff           integer NOT NULL DEFAULT 0 CHECK (tech_staff >= 0),
  ip_class1            integer NOT NULL DEFAULT 0 CHECK (ip_class1 >= 0),
  ip_class2            integer NOT NULL DEFAULT 0 CHECK (ip_class2 >= 0),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, year),
  CONSTRAINT org_indicators_tech_staff CHECK (tech_staff <= employees)
);
COMMENT ON TABLE org_indicators IS 'yearly indicators; money columns in fen (分)';

CREATE TABLE users (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username             text NOT NULL CHECK (username ~ '^[A-Za-z0-9_.@-]{3,64}$'),
  display_name         text NOT NULL,
  password_hash        text NOT NULL,
  role                 text NOT NULL CHECK (role IN ('enterprise','provider','finance','expert','admin','superadmin')),
  department           text,
  phone                text,
  email                text,
  locale               text NOT NULL DEFAULT 'zh-CN' CHECK (locale IN ('zh-CN','en-US')),
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active','disabled')),
  failed_logins        integer NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  password_changed_at  timestamptz NOT NULL DEFAULT now(),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

-- A user belongs to at most one organisation; enterprise, provider and finance users to exactly one.
CREATE TABLE memberships (
  user_id              bigint PRIMARY KEY REFERENCES users(id),
  org_id               bigint NOT NULL REFERENCES organisations(id),
  is_owner             boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX memberships_org ON memberships (org_id);

ALTER TABLE organisations ADD CONSTRAINT organisations_verified_by_fkey FOREIGN KEY (verified_by) REFERENCES users(id);

CREATE TABLE sessions (
  id_hash              bytea PRIMARY KEY,
  user_id              bigint NOT NULL REFERENCES users(id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  last_seen_at         timestamptz NOT NULL DEFAULT now(),
  expires_at           timestamptz NOT NULL,
  ip                   text,
  user_agent           text
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE audit_log (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at                   timestamptz NOT NULL DEFAULT now(),
  actor_id             bigint REFERENCES users(id),
  action               text NOT NULL,
  entity               text NOT NULL,
  entity_id            text,
  before               jsonb,
  after                jsonb,
  ip                   text,
  request_id           text
);
CREATE INDEX audit_log_at ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at DESC);

-- The audit log is append-only.
CREATE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_immutable();
