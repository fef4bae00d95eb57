-- 知识产权 (ip), 维权援助: rights-protection cases of enterprises (infringed, accused, ownership disputes) with their
-- evidence, accepted and assigned to an IP expert, moved through 受理 / 处理中 / 调解 / 移送 to 结案 within a deadline,
-- with notes and the expert's consultations; wilful infringement found in a closed case is a credit record.

CREATE TABLE ip_rights_cases (
  id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id                   bigint NOT NULL REFERENCES organisations (id),
  kind                     text NOT NULL CHECK (kind IN ('infringed', 'accused', 'ownership')),
  title                    text NOT NULL CHECK (length(btrim(title)) BETWEEN 4 AND 200),
  description              text NOT NULL CHECK (length(btrim(description)) BETWEEN 20 AND 4000),
  counterparty             text NOT NULL CHECK (length(btrim(counterparty)) BETWEEN 2 AND 200),
  ip_record_id             bigint REFERENCES ip_records (id),
  evidence                 text[] NOT NULL DEFAULT '{}' CHECK (cardinality(evidence) <= 20),
  status                   text NOT NULL DEFAULT 'submitted'
                             CHECK (status IN ('submitted', 'accepted', 'handling', 'mediation', 'transferred', 'closed', 'declined')),
  expert_id                bigint REFERENCES users (id),
  due_on                   date,
  outcome                  text CHECK (length(outcome) <= 2000),
  wilful_infringer_org_id  bigint REFERENCES organisations (id),
  submitted_by             bigint NOT NULL REFERENCES users (id),
  submitted_at             timestamptz NOT NULL DEFAULT now(),
  closed_at                timestamptz,
  updated_at               timestamptz NOT NULL DEFAULT now(),
  -- Accepted cases have their expert and deadline; closed ones their outcome; only a closed case finds infringement.
  CONSTRAINT ip_rights_cases_assigned CHECK (status IN ('submitted', 'declined') OR (expert_id IS NOT NULL AND due_on IS NOT NULL)),
  CONSTRAINT ip_rights_cases_closed CHECK ((status = 'closed') = (outcome IS NOT NULL AND closed_at IS NOT NULL)
                                           OR status = 'declined'),
  CONSTRAINT ip_rights_cases_wilful CHECK (wilful_infringer_org_id IS NULL OR status = 'closed'),
  CONSTRAINT ip_rights_cases_not_self CHECK (wilful_infringer_org_id IS DISTINCT FROM org_id)
);
CREATE INDEX ip_rights_cases_org ON ip_rights_cases (org_id, id DESC);
CREATE INDEX ip_rights_cases_expert ON ip_rights_cases (expert_id) WHERE expert_id IS NOT NULL;
CREATE INDEX ip_rights_cases_open ON ip_rights_cases (due_on) WHERE status NOT IN ('closed', 'declined');

-- The moves of a case (RIGHTS_CASE_MOVES in @cz/shared/ip); closed and declined are final.
CREATE FUNCTION ip_rights_case_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (OLD.status = 'submitted' AND NEW.status IN ('accepted', 'declined'))
    OR (OLD.status = 'accepted' AND NEW.status IN ('handling', 'mediation', 'transferred', 'closed'))
    OR (OLD.status = 'handling' AND NEW.status IN ('mediation', 'transferred', 'closed'))
    OR (OLD.status = 'mediation' AND NEW.status IN ('handling', 'transferred', 'closed'))
    OR (OLD.status = 'transferred' AND NEW.status = 'closed')
  ) THEN
    RAISE EXCEPTION 'ip rights case %: cannot go from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status IN ('closed', 'declined') AND NEW IS DISTINCT FROM OLD THEN
    RAISE EXCEPTION 'ip rights case %: % is final', OLD.id, OLD.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER ip_rights_cases_transition BEFORE UPDATE ON ip_rights_cases
  FOR EACH ROW EXECUTE FUNCTION ip_rights_case_transition();

CREATE TABLE ip_rights_case_notes (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id     bigint NOT NULL REFERENCES ip_rights_cases (id),
  kind        text NOT NULL CHECK (kind IN ('note', 'consultation', 'status')),
  author_id   bigint NOT NULL REFERENCES users (id),
  body        text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ip_rights_case_notes_case ON ip_rights_case_notes (case_id, id);

-- Published read view: wilful infringement found in closed rights-protection cases, for the finance and policy areas.
CREATE VIEW ip_credit_records AS
  SELECT wilful_infringer_org_id AS org_id, id AS case_id, 'wilful_infringement'::text AS kind, closed_at AS found_at
  FROM ip_rights_cases
  WHERE status = 'closed' AND wilful_infringer_org_id IS NOT NULL;
