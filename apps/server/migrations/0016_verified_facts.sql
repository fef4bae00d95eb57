-- Verified facts. What the administration verified of an organisation (legal representative, USCC, enterprise flags
-- and their registration numbers, park…) stays as it was verified until the administration approves a change: a
-- member's edit of a verified organisation's facts is a request here, and the voucher rules read only the
-- organisation's columns. The legal representatives an organisation has had are kept, so that related-party checks
-- also see past ones (changing the legal representative cannot dodge the rule).

CREATE TABLE org_fact_changes (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id         bigint NOT NULL REFERENCES organisations (id),
  -- [{ "field": "legalRep", "from": <verified value>, "to": <value asked for> }, …]
  changes        jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array' AND jsonb_array_length(changes) > 0),
  status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected','withdrawn')),
  requested_by   bigint REFERENCES users (id),
  requested_at   timestamptz NOT NULL,
  decided_by     bigint REFERENCES users (id),
  decided_at     timestamptz,
  reject_reason  text,
  CONSTRAINT org_fact_changes_decided CHECK ((status = 'pending') = (decided_at IS NULL)),
  CONSTRAINT org_fact_changes_reject_reason
    CHECK (status <> 'rejected' OR length(btrim(coalesce(reject_reason, ''))) > 0)
);
-- One open request per organisation: a second edit replaces what the first asked for.
CREATE UNIQUE INDEX org_fact_changes_one_pending ON org_fact_changes (org_id) WHERE status = 'pending';
CREATE INDEX org_fact_changes_status ON org_fact_changes (status, id);
CREATE INDEX org_fact_changes_org ON org_fact_changes (org_id, id DESC);

-- Every legal representative an organisation has had; the open row (valid_to NULL) is the current one.
CREATE TABLE org_legal_reps (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id      bigint NOT NULL REFERENCES organisations (id),
  legal_rep   text NOT NULL CHECK (btrim(legal_rep) <> ''),
  valid_from  timestamptz NOT NULL,
  valid_to    timestamptz,
  CONSTRAINT org_legal_reps_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX org_legal_reps_one_current ON org_legal_reps (org_id) WHERE valid_to IS NULL;
CREATE INDEX org_legal_reps_org ON org_legal_reps (org_id, legal_rep);
CREATE INDEX org_legal_reps_name ON org_legal_reps (legal_rep);

-- The history follows the column on every path that writes it (registration, import, approval, an admin's edit), at
-- the time the writer gives the row (created_at, updated_at), so an injected clock holds here too.
CREATE FUNCTION org_legal_rep_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  at timestamptz := CASE WHEN TG_OP = 'INSERT' THEN NEW.created_at ELSE NEW.updated_at END;
BEGIN
  IF TG_OP = 'UPDATE' AND btrim(coalesce(NEW.legal_rep, '')) = btrim(coalesce(OLD.legal_rep, '')) THEN
    RETURN NEW;
  END IF;
  UPDATE org_legal_reps SET valid_to = greatest(at, valid_from) WHERE org_id = NEW.id AND valid_to IS NULL;
  IF btrim(coalesce(NEW.legal_rep, '')) <> '' THEN
    INSERT INTO org_legal_reps (org_id, legal_rep, valid_from) VALUES (NEW.id, btrim(NEW.legal_rep), at);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER organisations_legal_rep_history AFTER INSERT OR UPDATE OF legal_rep ON organisations
  FOR EACH ROW EXECUTE FUNCTION org_legal_rep_history();

INSERT INTO org_legal_reps (org_id, legal_rep, valid_from)
  SELECT id, btrim(legal_rep), created_at FROM organisations WHERE btrim(coalesce(legal_rep, '')) <> '';
