-- 知识产权质押融资 (seed 十二.1): a loan case backed by patents of the enterprise from the IP registry, through
-- valuation (agency, amount, date), the credit approval, the pledge contract, the pledge's registration with
-- 国家知识产权局 (number, date; the days allowed from signing are a setting), disbursement and release. While the
-- pledge stands, the pledged patents' legal status is watched (the ip area's ip_patents view): a patent that lapses
-- or is transferred raises one alert to the bank.

ALTER TABLE finance_settings
  ADD COLUMN pledge_registration_days integer NOT NULL DEFAULT 10 CHECK (pledge_registration_days BETWEEN 1 AND 60);

CREATE TABLE finance_pledges (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id             bigint NOT NULL UNIQUE REFERENCES finance_cases (id),
  institution_org_id  bigint NOT NULL REFERENCES finance_institutions (org_id),
  org_id              bigint NOT NULL REFERENCES organisations (id),
  -- ip_records ids (read through ip_patents), the enterprise's own, valid when pledged.
  patent_ids          bigint[] NOT NULL CHECK (cardinality(patent_ids) BETWEEN 1 AND 20),
  status              text NOT NULL DEFAULT 'valuation' CHECK (status IN ('valuation', 'approved', 'contracted',
                        'registered', 'disbursed', 'released')),
  valuation_agency    text CHECK (length(btrim(valuation_agency)) BETWEEN 2 AND 100),
  valuation_fen       bigint CHECK (valuation_fen > 0),
  valued_on           date,
  approved_fen        bigint CHECK (approved_fen > 0),
  contract_no         text CHECK (length(btrim(contract_no)) BETWEEN 2 AND 60),
  signed_on           date,
  -- The day by which the pledge must be registered: working days after signing, by the setting then in force.
  registration_due    date,
  registration_no     text CHECK (length(btrim(registration_no)) BETWEEN 2 AND 60),
  registered_on       date,
  released_on         date,
  created_by          bigint NOT NULL REFERENCES users (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT finance_pledges_valued CHECK (status = 'valuation'
    OR (valuation_agency IS NOT NULL AND valuation_fen IS NOT NULL AND valued_on IS NOT NULL AND approved_fen IS NOT NULL)),
  CONSTRAINT finance_pledges_contracted CHECK (status IN ('valuation', 'approved')
    OR (contract_no IS NOT NULL AND signed_on IS NOT NULL AND registration_due IS NOT NULL)),
  CONSTRAINT finance_pledges_registered CHECK (status IN ('valuation', 'approved', 'contracted')
    OR (registration_no IS NOT NULL AND registered_on IS NOT NULL AND registered_on >= signed_on)),
  CONSTRAINT finance_pledges_released CHECK ((status = 'released') = (released_on IS NOT NULL)),
  CONSTRAINT finance_pledges_within CHECK (approved_fen IS NULL OR approved_fen <= valuation_fen)
);
CREATE INDEX finance_pledges_standing ON finance_pledges (status) WHERE status IN ('registered', 'disbursed');

CREATE FUNCTION finance_pledge_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (NEW.status = 'approved' AND OLD.status = 'valuation')
    OR (NEW.status = 'contracted' AND OLD.status = 'approved')
    OR (NEW.status = 'registered' AND OLD.status = 'contracted')
    OR (NEW.status = 'disbursed' AND OLD.status = 'registered')
    OR (NEW.status = 'released' AND OLD.status IN ('registered', 'disbursed'))
  ) THEN
    RAISE EXCEPTION 'pledge %: cannot go from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER finance_pledges_transition BEFORE UPDATE OF status ON finance_pledges
  FOR EACH ROW EXECUTE FUNCTION finance_pledge_transition();

-- A pledged patent found lapsed or transferred while the pledge stands: one alert per patent and pledge.
CREATE TABLE finance_pledge_alerts (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pledge_id     bigint NOT NULL REFERENCES finance_pledges (id),
  ip_record_id  bigint NOT NULL REFERENCES ip_records (id),
  kind          text NOT NULL CHECK (kind IN ('lapsed', 'transferred')),
  found_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (pledge_id, ip_record_id)
);
CREATE TRIGGER finance_pledge_alerts_append_only BEFORE UPDATE OR DELETE ON finance_pledge_alerts
  FOR EACH ROW EXECUTE FUNCTION finance_append_only();
