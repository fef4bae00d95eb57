-- 政策兑现 (policy applications, part 3 of the policy area): how enterprises claim what policy items give — 申报审批
-- with materials handed in once from the vault, 免申即享 confirmed by the department from the computed list, 快申快享
-- paid within a deadline of working days — the department's review, the 公示 notices and their objections, the
-- payments (兑现), the enterprises' ratings of the handling, and the zone's calendar of working days.

-- The zone's calendar: weekdays off (法定节假日, 调休) and weekend days worked (调休上班). A working day is Monday to
-- Friday unless listed as a holiday, or a listed workday (packages/shared/src/policy/working-days.ts).
CREATE TABLE policy_holidays (
  day         date PRIMARY KEY,
  kind        text NOT NULL DEFAULT 'holiday' CHECK (kind IN ('holiday', 'workday')),
  name        text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 50),
  updated_by  bigint REFERENCES users (id),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  -- Only a Saturday or Sunday is made a working day.
  CONSTRAINT policy_holidays_workday_weekend CHECK (kind <> 'workday' OR extract(isodow FROM day) >= 6)
);

-- 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04): the days off and the weekend days worked of 2026.
INSERT INTO policy_holidays (day, kind, name)
SELECT d::date, 'holiday', n FROM (VALUES
  ('2026-01-01', '元旦'), ('2026-01-02', '元旦'), ('2026-01-03', '元旦'),
  ('2026-02-15', '春节'), ('2026-02-16', '春节'), ('2026-02-17', '春节'), ('2026-02-18', '春节'),
  ('2026-02-19', '春节'), ('2026-02-20', '春节'), ('2026-02-21', '春节'), ('2026-02-22', '春节'),
  ('2026-02-23', '春节'),
  ('2026-04-04', '清明节'), ('2026-04-05', '清明节'), ('2026-04-06', '清明节'),
  ('2026-05-01', '劳动节'), ('2026-05-02', '劳动节'), ('2026-05-03', '劳动节'), ('2026-05-04', '劳动节'),
  ('2026-05-05', '劳动节'),
  ('2026-06-19', '端午节'), ('2026-06-20', '端午节'), ('2026-06-21', '端午节'),
  ('2026-09-25', '中秋节'), ('2026-09-26', '中秋节'), ('2026-09-27', '中秋节'),
  ('2026-10-01', '国庆节'), ('2026-10-02', '国庆节'), ('2026-10-03', '国庆节'), ('2026-10-04', '国庆节'),
  ('2026-10-05', '国庆节'), ('2026-10-06', '国庆节'), ('2026-10-07', '国庆节')
) AS h (d, n)
UNION ALL
SELECT d::date, 'workday', n FROM (VALUES
  ('2026-01-04', '元旦调休上班'), ('2026-02-14', '春节调休上班'), ('2026-02-28', '春节调休上班'),
  ('2026-05-09', '劳动节调休上班'), ('2026-09-20', '国庆节调休上班'), ('2026-10-10', '国庆节调休上班')
) AS w (d, n);

-- A 公示: the approved applications of one item listed on the public page for a number of working days.
CREATE TABLE policy_notices (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id       bigint NOT NULL REFERENCES policy_items (id),
  starts_on     date NOT NULL,
  ends_on       date NOT NULL,
  working_days  int NOT NULL CHECK (working_days BETWEEN 1 AND 30),
  note          text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  created_by    bigint NOT NULL REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT policy_notices_period CHECK (ends_on >= starts_on)
);
CREATE INDEX policy_notices_item ON policy_notices (item_id, id DESC);
CREATE INDEX policy_notices_recent ON policy_notices (starts_on DESC, id DESC);

CREATE TABLE policy_applications (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  item_id             bigint NOT NULL REFERENCES policy_items (id),
  org_id              bigint NOT NULL REFERENCES organisations (id),
  -- The item's mode when the application was made.
  mode                text NOT NULL CHECK (mode IN ('apply', 'auto', 'fast')),
  status              text NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved', 'rejected',
                                                      'publicised', 'paid', 'withdrawn', 'confirmed', 'accepted',
                                                      'refused')),
  -- What the item's rule gives, recorded at submission (免申即享: at confirmation); null when decided in review.
  cap_fen             bigint CHECK (cap_fen IS NULL OR cap_fen > 0),
  requested_fen       bigint CHECK (requested_fen IS NULL OR requested_fen > 0),
  approved_fen        bigint CHECK (approved_fen IS NULL OR approved_fen > 0),
  bank_name           text CHECK (bank_name IS NULL OR length(btrim(bank_name)) BETWEEN 2 AND 100),
  account_name        text CHECK (account_name IS NULL OR length(btrim(account_name)) BETWEEN 2 AND 100),
  account_number      text CHECK (account_number IS NULL OR account_number ~ '^[0-9]{8,32}$'),
  note                text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  -- The eligibility it was (last) submitted with: the result, a sentence per condition, the amount.
  eligibility         jsonb CHECK (eligibility IS NULL OR jsonb_typeof(eligibility) = 'object'),
  -- The points the department named at the last return (materials by kind, fields), and its note.
  return_items        jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(return_items) = 'array'),
  return_note         text,
  decision_reason     text,
  refusal_reason      text,
  notice_id           bigint REFERENCES policy_notices (id),
  -- 快申快享: paid by this date, the item's working days counted from the first submission.
  payment_due_on      date,
  first_submitted_at  timestamptz,
  submitted_at        timestamptz,
  decided_at          timestamptz,
  decided_by          bigint REFERENCES users (id),
  created_by          bigint NOT NULL REFERENCES users (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  -- Never more than the rule gives, and never more approved than requested.
  CONSTRAINT policy_applications_requested_cap CHECK (cap_fen IS NULL OR requested_fen IS NULL OR requested_fen <= cap_fen),
  CONSTRAINT policy_applications_approved_cap CHECK (cap_fen IS NULL OR approved_fen IS NULL OR approved_fen <= cap_fen),
  CONSTRAINT policy_applications_approved_requested
    CHECK (approved_fen IS NULL OR requested_fen IS NULL OR approved_fen <= requested_fen),
  CONSTRAINT policy_applications_committed_amount
    CHECK (status NOT IN ('approved', 'publicised', 'paid', 'confirmed', 'accepted') OR approved_fen IS NOT NULL),
  CONSTRAINT policy_applications_reject_reason
    CHECK (status <> 'rejected' OR length(btrim(coalesce(decision_reason, ''))) >= 2),
  CONSTRAINT policy_applications_refusal_reason
    CHECK (status <> 'refused' OR length(btrim(coalesce(refusal_reason, ''))) >= 2),
  CONSTRAINT policy_applications_publicised CHECK (status <> 'publicised' OR notice_id IS NOT NULL),
  -- Handed in (or accepted) with the account it is paid to.
  CONSTRAINT policy_applications_account CHECK (
    status IN ('draft', 'confirmed', 'refused', 'withdrawn')
    OR (bank_name IS NOT NULL AND account_name IS NOT NULL AND account_number IS NOT NULL)),
  CONSTRAINT policy_applications_submitted
    CHECK (mode = 'auto' OR status IN ('draft', 'withdrawn') OR submitted_at IS NOT NULL),
  -- 免申即享 has no form: it is confirmed, then accepted or refused; the others never are.
  CONSTRAINT policy_applications_auto_states CHECK (
    CASE WHEN mode = 'auto' THEN status IN ('confirmed', 'accepted', 'refused', 'publicised', 'paid', 'rejected')
         ELSE status NOT IN ('confirmed', 'accepted', 'refused') END),
  CONSTRAINT policy_applications_deadline_fast CHECK (payment_due_on IS NULL OR mode = 'fast')
);
-- One live application per enterprise and item: a withdrawn, rejected or refused one leaves room for a new one; a
-- paid one does not (an item pays an enterprise once).
CREATE UNIQUE INDEX policy_applications_one_open ON policy_applications (item_id, org_id)
  WHERE status NOT IN ('withdrawn', 'rejected', 'refused');
CREATE INDEX policy_applications_org ON policy_applications (org_id, id DESC);
CREATE INDEX policy_applications_item ON policy_applications (item_id, status);
CREATE INDEX policy_applications_status ON policy_applications (status, id DESC);
CREATE INDEX policy_applications_due ON policy_applications (payment_due_on)
  WHERE mode = 'fast' AND status IN ('submitted', 'returned', 'approved', 'publicised');

-- The item's budget is never exceeded: a row entering an approved state (or raising its amount) locks the item and
-- checks the approved amounts of its applications against the budget. The service checks first for a clear answer;
-- this holds for any write, whatever the order in which approvals race.
CREATE FUNCTION policy_applications_within_budget() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  budget bigint;
  committed bigint;
BEGIN
  IF NEW.status NOT IN ('approved', 'publicised', 'paid', 'confirmed', 'accepted') THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status IN ('approved', 'publicised', 'paid', 'confirmed', 'accepted')
     AND NEW.item_id = OLD.item_id AND NEW.approved_fen <= OLD.approved_fen THEN
    RETURN NEW;
  END IF;
  SELECT budget_fen INTO budget FROM policy_items WHERE id = NEW.item_id FOR UPDATE;
  IF budget IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT coalesce(sum(approved_fen), 0) INTO committed FROM policy_applications
  WHERE item_id = NEW.item_id AND id <> NEW.id
    AND status IN ('approved', 'publicised', 'paid', 'confirmed', 'accepted');
  IF committed + NEW.approved_fen > budget THEN
    RAISE EXCEPTION 'the item''s budget would be exceeded' USING ERRCODE = '23514',
      CONSTRAINT = 'policy_applications_budget';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER policy_applications_within_budget BEFORE INSERT OR UPDATE OF status, approved_fen, item_id
  ON policy_applications FOR EACH ROW EXECUTE FUNCTION policy_applications_within_budget();

-- The materials an application hands in, as they were when attached (the vault's `attach` keeps them unchanged);
-- a correction replaces the named ones and keeps the old rows, marked replaced.
CREATE TABLE policy_application_materials (
  application_id  bigint NOT NULL REFERENCES policy_applications (id),
  material_id     bigint NOT NULL REFERENCES materials (id),
  kind            text NOT NULL CHECK (material_kind_known(kind)),
  year            smallint,
  title           text NOT NULL,
  file            char(64) NOT NULL,
  file_name       text NOT NULL DEFAULT '',
  valid_from      date,
  valid_to        date,
  review          text NOT NULL,
  attached_at     timestamptz NOT NULL,
  replaced_at     timestamptz,
  PRIMARY KEY (application_id, material_id)
);

-- What happened to an application, step by step (its page's history). Append-only.
CREATE TABLE policy_application_events (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  application_id  bigint NOT NULL REFERENCES policy_applications (id),
  step            text NOT NULL CHECK (step IN ('create', 'submit', 'resubmit', 'return', 'approve', 'reject',
                                                'withdraw', 'publicise', 'objection', 'pay', 'confirm', 'accept',
                                                'refuse', 'rate')),
  from_status     text,
  to_status       text NOT NULL,
  by_party        text NOT NULL CHECK (by_party IN ('enterprise', 'administration', 'system')),
  actor_id        bigint REFERENCES users (id),
  details         jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
  at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX policy_application_events_of ON policy_application_events (application_id, id);

CREATE FUNCTION policy_history_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER policy_application_events_no_change BEFORE UPDATE OR DELETE ON policy_application_events
  FOR EACH ROW EXECUTE FUNCTION policy_history_immutable();

-- 兑现: one payment per application, of its approved amount.
CREATE TABLE policy_payments (
  application_id  bigint PRIMARY KEY REFERENCES policy_applications (id),
  paid_on         date NOT NULL,
  amount_fen      bigint NOT NULL CHECK (amount_fen > 0),
  reference       text NOT NULL CHECK (length(btrim(reference)) BETWEEN 2 AND 100),
  recorded_by     bigint NOT NULL REFERENCES users (id),
  recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER policy_payments_no_change BEFORE UPDATE OR DELETE ON policy_payments
  FOR EACH ROW EXECUTE FUNCTION policy_history_immutable();

-- Objections received during a 公示, recorded by the department (of the notice, or of one application on it).
CREATE TABLE policy_notice_objections (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  notice_id       bigint NOT NULL REFERENCES policy_notices (id),
  application_id  bigint REFERENCES policy_applications (id),
  objector        text NOT NULL DEFAULT '' CHECK (length(objector) <= 100),
  content         text NOT NULL CHECK (length(btrim(content)) BETWEEN 2 AND 1000),
  resolution      text NOT NULL DEFAULT '' CHECK (length(resolution) <= 1000),
  received_on     date NOT NULL,
  recorded_by     bigint NOT NULL REFERENCES users (id),
  recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX policy_notice_objections_notice ON policy_notice_objections (notice_id, id);

-- 办理满意度: the enterprise rates the handling once, after payment or rejection, for the third-party evaluation.
CREATE TABLE policy_ratings (
  application_id  bigint PRIMARY KEY REFERENCES policy_applications (id),
  org_id          bigint NOT NULL REFERENCES organisations (id),
  score           smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  comment         text NOT NULL DEFAULT '' CHECK (length(comment) <= 500),
  rated_by        bigint NOT NULL REFERENCES users (id),
  rated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER policy_ratings_no_change BEFORE UPDATE OR DELETE ON policy_ratings
  FOR EACH ROW EXECUTE FUNCTION policy_history_immutable();

-- identity's published user view gains the administrator's department, so that an application is announced to the
-- administrators of the department that handles its item (and to the zone-wide ones), without reading users.
CREATE OR REPLACE VIEW user_directory AS
  SELECT u.id, u.username, u.display_name, u.status, m.org_id, u.role, u.department
  FROM users u LEFT JOIN memberships m ON m.user_id = u.id;

-- Published for the plan's measures and the third-party evaluation (兑现到位率, 办理满意率): each application's
-- outcome, the amount paid and the rating.
CREATE VIEW policy_redemptions AS
  SELECT a.id AS application_id, a.item_id, a.org_id, a.mode, a.status, a.approved_fen, p.amount_fen AS paid_fen,
         p.paid_on, a.payment_due_on, a.first_submitted_at, r.score AS rating
  FROM policy_applications a
  LEFT JOIN policy_payments p ON p.application_id = a.id
  LEFT JOIN policy_ratings r ON r.application_id = a.id;
