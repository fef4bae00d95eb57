-- 材料一次报送 (plan 七.3): an enterprise's materials vault. An enterprise hands in each material once — licence,
-- annual statements, certificates — and applications (policy, S&T programs) pull the valid ones from here and ask
-- only for what is missing. Materials are kept for good: a newer one of the same kind and period supersedes the old,
-- which stays (a past application may name it); a material an application uses is never changed in place.

-- The kinds as packages/shared/src/materials/kinds.ts defines them (a server test checks both agree on every kind).
CREATE FUNCTION material_kind_known(kind text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT kind IN ('business_licence', 'legal_rep_id', 'financial_statements', 'audit_report', 'tax_certificate',
                  'staff_social_security', 'rd_ledger', 'hte_certificate', 'ip_certificate', 'tsme_registration',
                  'qualification', 'other')
$$;

-- Per-year kinds (年度财务报表 …) have a fiscal year and no dates; the others are valid from a date.
CREATE FUNCTION material_kind_per_year(kind text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT kind IN ('financial_statements', 'audit_report', 'tax_certificate', 'staff_social_security', 'rd_ledger',
                  'tsme_registration')
$$;

-- Kinds an enterprise holds several current ones of (知识产权证书: one per right); of every other kind one is
-- current per period.
CREATE FUNCTION material_kind_multiple(kind text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT kind IN ('ip_certificate', 'qualification', 'other')
$$;

-- Kinds whose materials always end (高企证书: three years, 国科发火〔2016〕32号 第十条).
CREATE FUNCTION material_kind_end_required(kind text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT kind IN ('hte_certificate')
$$;

CREATE TABLE materials (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id         bigint NOT NULL REFERENCES organisations (id),
  kind           text NOT NULL CHECK (material_kind_known(kind)),
  title          text NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
  year           smallint CHECK (year BETWEEN 1980 AND 2100),
  valid_from     date,
  valid_to       date,
  notes          text NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
  -- The uploaded file (its content hash) and the name it was uploaded under.
  file           char(64) NOT NULL REFERENCES uploads (hash),
  file_name      text NOT NULL DEFAULT '',
  -- A 知识产权证书 may name its record in the IP registry (of the same organisation: trigger below).
  ip_record_id   bigint REFERENCES ip_records (id),
  status         text NOT NULL DEFAULT 'current' CHECK (status IN ('current', 'superseded')),
  superseded_by  bigint REFERENCES materials (id),
  superseded_at  timestamptz,
  review         text NOT NULL DEFAULT 'pending' CHECK (review IN ('pending', 'checked', 'rejected')),
  reviewed_by    bigint REFERENCES users (id),
  reviewed_at    timestamptz,
  reject_reason  text,
  created_by     bigint REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  -- A per-year kind has its year and no dates; any other kind has a start date and no year.
  CONSTRAINT materials_period CHECK (
    CASE WHEN material_kind_per_year(kind) THEN year IS NOT NULL AND valid_from IS NULL AND valid_to IS NULL
         ELSE year IS NULL AND valid_from IS NOT NULL END),
  CONSTRAINT materials_end_required CHECK (NOT material_kind_end_required(kind) OR valid_to IS NOT NULL),
  CONSTRAINT materials_dates_ordered CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CONSTRAINT materials_ip_record CHECK (ip_record_id IS NULL OR kind = 'ip_certificate'),
  CONSTRAINT materials_superseded CHECK ((status = 'superseded') = (superseded_at IS NOT NULL)),
  CONSTRAINT materials_reviewed CHECK ((review = 'pending') = (reviewed_at IS NULL)),
  CONSTRAINT materials_reject_reason
    CHECK (review <> 'rejected' OR length(btrim(coalesce(reject_reason, ''))) >= 2)
);

-- At most one current material per organisation, kind and period (its year; the kind alone for dated kinds) for
-- the kinds held once: a new one supersedes the old in the same transaction.
CREATE UNIQUE INDEX materials_one_current ON materials (org_id, kind, coalesce(year, 0))
  WHERE status = 'current' AND NOT material_kind_multiple(kind);
CREATE INDEX materials_org ON materials (org_id, kind, id DESC);
CREATE INDEX materials_review ON materials (review, id DESC) WHERE status = 'current';
CREATE INDEX materials_valid_to ON materials (valid_to) WHERE status = 'current';
CREATE INDEX materials_title_trgm ON materials USING gin (title gin_trgm_ops);

-- A material names an IP record of its own organisation only.
CREATE FUNCTION materials_ip_record_same_org() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.ip_record_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM ip_records r WHERE r.id = NEW.ip_record_id AND r.org_id = NEW.org_id) THEN
    RAISE EXCEPTION 'the IP record is not one of this organisation''s' USING ERRCODE = '23514',
      CONSTRAINT = 'materials_ip_record_org';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER materials_ip_record_same_org BEFORE INSERT OR UPDATE OF ip_record_id, org_id ON materials
  FOR EACH ROW EXECUTE FUNCTION materials_ip_record_same_org();

-- Which applications (an area's record) use which materials. Append-only: a use is history.
CREATE TABLE material_uses (
  material_id  bigint NOT NULL REFERENCES materials (id),
  area         text NOT NULL CHECK (area ~ '^[a-z][a-z_]{0,39}$'),
  entity       text NOT NULL CHECK (entity ~ '^[a-z][a-z_]{0,39}$'),
  entity_id    bigint NOT NULL,
  used_at      timestamptz NOT NULL,
  used_by      bigint REFERENCES users (id),
  PRIMARY KEY (material_id, area, entity, entity_id)
);
CREATE INDEX material_uses_user ON material_uses (area, entity, entity_id);

-- Materials are kept: never deleted; once used, what they say (kind, period, file, title, notes) never changes in
-- place — a correction is a new material superseding it. Superseding and reviewing stay possible.
CREATE FUNCTION materials_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a material is kept: superseded, never deleted' USING ERRCODE = '23514',
      CONSTRAINT = 'materials_kept';
  END IF;
  IF (NEW.org_id, NEW.kind, NEW.title, NEW.year, NEW.valid_from, NEW.valid_to, NEW.notes, NEW.file, NEW.file_name,
      NEW.ip_record_id, NEW.created_by, NEW.created_at)
     IS DISTINCT FROM
     (OLD.org_id, OLD.kind, OLD.title, OLD.year, OLD.valid_from, OLD.valid_to, OLD.notes, OLD.file, OLD.file_name,
      OLD.ip_record_id, OLD.created_by, OLD.created_at)
     AND EXISTS (SELECT 1 FROM material_uses u WHERE u.material_id = OLD.id) THEN
    RAISE EXCEPTION 'a material in use is not changed in place' USING ERRCODE = '23514',
      CONSTRAINT = 'materials_used_unchanged';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER materials_keep BEFORE UPDATE OR DELETE ON materials
  FOR EACH ROW EXECUTE FUNCTION materials_keep();

CREATE FUNCTION material_history_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER material_uses_no_change BEFORE UPDATE OR DELETE ON material_uses
  FOR EACH ROW EXECUTE FUNCTION material_history_immutable();

-- Every time an application had to ask the enterprise for an upload, and whether a valid material of that kind (and
-- year) was in the vault then: those are the "valid materials asked for again", which the zone expects to stay 0.
CREATE TABLE material_requests (
  id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id                bigint NOT NULL REFERENCES organisations (id),
  kind                  text NOT NULL CHECK (material_kind_known(kind)),
  year                  smallint CHECK (year BETWEEN 1980 AND 2100),
  area                  text NOT NULL CHECK (area ~ '^[a-z][a-z_]{0,39}$'),
  entity                text NOT NULL CHECK (entity ~ '^[a-z][a-z_]{0,39}$'),
  entity_id             bigint,
  valid_existed         boolean NOT NULL,
  existing_material_id  bigint REFERENCES materials (id),
  asked_at              timestamptz NOT NULL,
  CONSTRAINT material_requests_existing CHECK (valid_existed = (existing_material_id IS NOT NULL))
);
CREATE INDEX material_requests_asked ON material_requests (asked_at);
CREATE TRIGGER material_requests_no_change BEFORE UPDATE OR DELETE ON material_requests
  FOR EACH ROW EXECUTE FUNCTION material_history_immutable();

-- Expiry reminders sent: one per material, so the daily job tells the enterprise once.
CREATE TABLE material_reminders (
  material_id  bigint PRIMARY KEY REFERENCES materials (id),
  due_on       date NOT NULL,
  sent_at      timestamptz NOT NULL
);

-- Published for other areas (policy applications, S&T programs): the materials in use today, one row each.
CREATE VIEW materials_current AS
  SELECT m.id, m.org_id, m.kind, m.title, m.year, m.valid_from, m.valid_to, m.file, m.review, m.created_at,
         m.updated_at
  FROM materials m
  WHERE m.status = 'current';
