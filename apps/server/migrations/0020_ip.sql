-- 知识产权登记 (the enterprise IP registry, DOMAIN.md module 6): what an organisation holds — patents, software
-- copyrights, IC layout designs, plant varieties, national new drugs, first-class protected TCM varieties, and
-- trademarks (kept, never counted) — with legal status, how it was acquired, its events, the annual-fee and expiry
-- dates the reminders watch, a certificate, and the administration's check against that certificate. The evaluations
-- (科技型中小企业, 高新技术企业, 专精特新) read Ⅰ类/Ⅱ类 counts from the view at the end, never typed numbers.

-- A CN patent application number as stored (ZC 0006-2003): 12 digits (year 4, type 1, serial 7) or, before
-- 2003-10-01, 8 digits (year 2, type 1, serial 5), then "." and the check character Σ digit × weight mod 11 (10 → X),
-- weights 2,3,4,5,6,7,8,9,2,3,4,5 or 2–9. The same rule as packages/shared/src/ip/patent-number.ts.
CREATE FUNCTION cn_patent_number_valid(n text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
  digits text;
  weights int[];
  s int := 0;
  r int;
BEGIN
  IF n !~ '^(\d{12}|\d{8})\.[0-9X]$' THEN RETURN false; END IF;
  digits := split_part(n, '.', 1);
  weights := CASE WHEN length(digits) = 12 THEN ARRAY[2,3,4,5,6,7,8,9,2,3,4,5] ELSE ARRAY[2,3,4,5,6,7,8,9] END;
  FOR i IN 1 .. length(digits) LOOP
    s := s + substr(digits, i, 1)::int * weights[i];
  END LOOP;
  r := s % 11;
  RETURN right(n, 1) = CASE WHEN r = 10 THEN 'X' ELSE r::text END;
END $$;

-- The application-type digit of a stored patent number (5th of the current form, 3rd of the older one).
CREATE FUNCTION cn_patent_type(n text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT substr(n, CASE WHEN length(n) = 14 THEN 5 ELSE 3 END, 1)
$$;

-- Ⅰ类 (1) or Ⅱ类 (2) of a record, NULL for trademarks (国科发政〔2017〕115号 附件; 国科火字〔2016〕195号). A PCT
-- application counts by its type digit: 8 (invention, national phase) Ⅰ类, 9 (utility model) Ⅱ类. The same mapping
-- as ipClassOf in packages/shared/src/ip/kinds.ts; a server test checks that both agree on every kind.
CREATE FUNCTION ip_class(kind text, number text) RETURNS int LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN kind IN ('invention', 'plant_variety', 'new_drug', 'tcm_protected', 'ic_layout') THEN 1
    WHEN kind IN ('utility_model', 'design', 'software_copyright') THEN 2
    WHEN kind = 'pct' AND cn_patent_type(number) = '8' THEN 1
    WHEN kind = 'pct' AND cn_patent_type(number) = '9' THEN 2
  END
$$;

CREATE TABLE ip_records (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id         bigint NOT NULL REFERENCES organisations (id),
  kind           text NOT NULL CHECK (kind IN ('invention', 'utility_model', 'design', 'pct', 'software_copyright',
                   'ic_layout', 'plant_variety', 'new_drug', 'tcm_protected', 'trademark')),
  -- Normalised: a patent's as 202310123456.6; any other number half-width, upper case, without spaces.
  number         text NOT NULL CHECK (length(number) BETWEEN 2 AND 64 AND number !~ '\s'),
  title          text NOT NULL CHECK (length(btrim(title)) >= 2),
  -- The holders as the certificate names them: the enterprise, then any co-holders.
  holders        text NOT NULL DEFAULT '',
  applied_on     date NOT NULL,
  granted_on     date,
  expires_on     date,
  legal_status   text NOT NULL CHECK (legal_status IN ('pending', 'valid', 'lapsed')),
  acquisition    text NOT NULL CHECK (acquisition IN ('own', 'transfer', 'licence')),
  fee_due_on     date,
  certificate    char(64) REFERENCES uploads (hash),
  verification   text NOT NULL DEFAULT 'pending' CHECK (verification IN ('pending', 'verified', 'rejected')),
  verified_by    bigint REFERENCES users (id),
  verified_at    timestamptz,
  reject_reason  text,
  created_by     bigint REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  -- A patent's number is a valid application number whose type digit is the kind's (1, 2, 3; PCT 8 or 9).
  CONSTRAINT ip_records_patent_number CHECK (
    kind NOT IN ('invention', 'utility_model', 'design', 'pct') OR (
      cn_patent_number_valid(number) AND (
        (kind = 'invention' AND cn_patent_type(number) = '1')
        OR (kind = 'utility_model' AND cn_patent_type(number) = '2')
        OR (kind = 'design' AND cn_patent_type(number) = '3')
        OR (kind = 'pct' AND cn_patent_type(number) IN ('8', '9'))))),
  CONSTRAINT ip_records_dates_ordered CHECK (
    (granted_on IS NULL OR granted_on >= applied_on)
    AND (expires_on IS NULL OR expires_on >= coalesce(granted_on, applied_on))),
  -- 有效 means granted (registered); 审中 means not granted yet.
  CONSTRAINT ip_records_valid_granted CHECK (legal_status <> 'valid' OR granted_on IS NOT NULL),
  CONSTRAINT ip_records_pending_not_granted CHECK (legal_status <> 'pending' OR granted_on IS NULL),
  CONSTRAINT ip_records_decided CHECK ((verification = 'pending') = (verified_at IS NULL)),
  CONSTRAINT ip_records_reject_reason
    CHECK (verification <> 'rejected' OR length(btrim(coalesce(reject_reason, ''))) > 0),
  -- One record per right: the normalised number is unique within its kind.
  CONSTRAINT ip_records_number_key UNIQUE (kind, number)
);
CREATE INDEX ip_records_org ON ip_records (org_id, id DESC);
CREATE INDEX ip_records_verification ON ip_records (verification, id) WHERE verification = 'pending';
CREATE INDEX ip_records_title_trgm ON ip_records USING gin (title gin_trgm_ops);
CREATE INDEX ip_records_number_trgm ON ip_records USING gin (number gin_trgm_ops);
CREATE INDEX ip_records_fee_due ON ip_records (fee_due_on) WHERE legal_status = 'valid';
CREATE INDEX ip_records_expiry ON ip_records (expires_on) WHERE legal_status = 'valid';

-- What happened to a record after registration: 质押, 许可备案, 开放许可, 无效, 终止, 转让. Append-only: an event
-- is corrected by a later one, never rewritten.
CREATE TABLE ip_events (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_id    bigint NOT NULL REFERENCES ip_records (id),
  kind         text NOT NULL CHECK (kind IN ('pledge', 'licence_filing', 'open_licence', 'invalidation',
                 'termination', 'transfer')),
  occurred_on  date NOT NULL,
  note         text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  created_by   bigint REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ip_events_record ON ip_events (record_id, occurred_on, id);

CREATE FUNCTION ip_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ip_events is append-only';
END $$;
CREATE TRIGGER ip_events_no_change BEFORE UPDATE OR DELETE ON ip_events
  FOR EACH ROW EXECUTE FUNCTION ip_events_immutable();

-- An event cannot precede the application it belongs to.
CREATE FUNCTION ip_events_after_application() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.occurred_on < (SELECT applied_on FROM ip_records WHERE id = NEW.record_id) THEN
    RAISE EXCEPTION 'an IP event cannot precede the application' USING ERRCODE = '23514',
      CONSTRAINT = 'ip_events_after_application';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER ip_events_after_application BEFORE INSERT ON ip_events
  FOR EACH ROW EXECUTE FUNCTION ip_events_after_application();

-- Reminders sent: one per record, kind and due date, so the daily job tells the holder once (a new due date — the
-- next year's fee — is a new reminder).
CREATE TABLE ip_reminders (
  record_id  bigint NOT NULL REFERENCES ip_records (id),
  kind       text NOT NULL CHECK (kind IN ('fee', 'expiry')),
  due_on     date NOT NULL,
  sent_at    timestamptz NOT NULL,
  PRIMARY KEY (record_id, kind, due_on)
);

-- Whether a record counts toward its organisation's Ⅰ类/Ⅱ类 counts today. It counts when it is
--   * 有效 (legal_status 'valid') and not past its expiry date on today's calendar date in Asia/Shanghai: 115号's
--     附件 counts only rights in force under Chinese law, whose holder is the enterprise;
--   * verified by the administration against its certificate. Unverified (pending or rejected) entries do NOT count:
--     the counts decide scores (科技成果 30 of 100 points under 115号, 知识产权数量 8 under 195号) and eligibility
--     (专精特新 needs Ⅰ类 IP), so, like the organisation's verified facts the voucher rules read, they rest only on
--     what the administration checked; a member's edit of a verified record sends it back to pending;
--   * not transferred away (no 转让 event on or before today);
--   * of a counted kind (trademarks never are).
-- The registry's record list shows the same answer (`counted`), from this function.
CREATE FUNCTION ip_record_counts(r ip_records) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT r.legal_status = 'valid'
     AND r.verification = 'verified'
     AND ip_class(r.kind, r.number) IS NOT NULL
     AND (r.expires_on IS NULL OR r.expires_on >= (now() AT TIME ZONE 'Asia/Shanghai')::date)
     AND NOT EXISTS (SELECT 1 FROM ip_events e
                     WHERE e.record_id = r.id AND e.kind = 'transfer'
                       AND e.occurred_on <= (now() AT TIME ZONE 'Asia/Shanghai')::date)
$$;

-- Published for other areas (the evaluations): the Ⅰ类 and Ⅱ类 intellectual property an organisation holds today,
-- counted by ip_record_counts above (verified, valid records only). Organisations without a counted record have no
-- row; readers take that as 0 and 0.
CREATE VIEW ip_class_counts AS
  SELECT r.org_id,
         count(*) FILTER (WHERE ip_class(r.kind, r.number) = 1)::int AS class1_count,
         count(*) FILTER (WHERE ip_class(r.kind, r.number) = 2)::int AS class2_count
  FROM ip_records r
  WHERE ip_record_counts(r)
  GROUP BY r.org_id;
