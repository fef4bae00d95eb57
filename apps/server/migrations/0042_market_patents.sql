-- 专利超市 and 开放许可. The IP registry publishes its patents in a read view; the market lists the patents attached
-- to its published achievements, records the holders' open-licence declarations (专利法 第五十至五十二条) and lets a
-- member take an open licence, which opens a deal at the declared fee: its contract then follows the market's flow.

-- Published read view of the IP registry (ip area): patents (发明, 实用新型, 外观设计, PCT national phase) with the
-- facts the market shows and checks. `transferred` is a 转让 event on the record: the holder no longer owns it.
CREATE VIEW ip_patents AS
  SELECT r.id, r.org_id, r.kind, r.number, r.title, r.holders, r.applied_on, r.granted_on, r.expires_on,
         r.legal_status, r.verification,
         EXISTS (SELECT 1 FROM ip_events e WHERE e.record_id = r.id AND e.kind = 'transfer') AS transferred
  FROM ip_records r
  WHERE r.kind IN ('invention', 'utility_model', 'design', 'pct');

-- 开放许可声明: a holder's written declaration that anyone may use the patent on the published fee terms. Always a
-- 普通许可 (never exclusive or sole, 专利法 第五十二条); at least one year; 实用新型 and 外观设计 need the
-- 专利权评价报告 (第五十条), which the service checks against the registry. Terms are fixed once declared: a change is a
-- withdrawal and a new declaration; a withdrawal leaves licences already taken as they are (第五十条).
CREATE TABLE market_open_licences (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  achievement_id     bigint NOT NULL REFERENCES market_achievements (id),
  ip_record_id       bigint NOT NULL REFERENCES ip_records (id),
  owner_org_id       bigint NOT NULL REFERENCES organisations (id),
  -- 许可使用费: a yearly fee in fen, a royalty in per mille of the licensee's sales of the patented product, or both.
  annual_fen         bigint NOT NULL DEFAULT 0 CHECK (annual_fen >= 0),
  royalty_permille   integer CHECK (royalty_permille BETWEEN 1 AND 500),
  payment_terms      text NOT NULL CHECK (length(btrim(payment_terms)) BETWEEN 2 AND 500),
  min_years          integer NOT NULL DEFAULT 1 CHECK (min_years BETWEEN 1 AND 20),
  evaluation_report  char(64) REFERENCES uploads (hash),
  -- 国家知识产权局's announcement of the declaration, when the holder has it.
  announcement_no    text CHECK (length(announcement_no) BETWEEN 2 AND 60),
  status             text NOT NULL DEFAULT 'declared' CHECK (status IN ('declared', 'withdrawn')),
  declared_by        bigint NOT NULL REFERENCES users (id),
  declared_at        timestamptz NOT NULL DEFAULT now(),
  withdrawn_at       timestamptz,
  withdraw_reason    text CHECK (length(btrim(withdraw_reason)) BETWEEN 2 AND 500),
  CONSTRAINT market_open_licences_fee CHECK (annual_fen > 0 OR royalty_permille IS NOT NULL),
  CONSTRAINT market_open_licences_withdrawn CHECK (
    (status = 'withdrawn') = (withdrawn_at IS NOT NULL) AND (withdrawn_at IS NULL) = (withdraw_reason IS NULL))
);
-- One declaration in force per patent.
CREATE UNIQUE INDEX market_open_licences_one ON market_open_licences (ip_record_id) WHERE status = 'declared';
CREATE INDEX market_open_licences_achievement ON market_open_licences (achievement_id);

-- Declared terms never change; the only change is the withdrawal, once.
CREATE FUNCTION market_open_licence_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'open-licence declarations are kept' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.status = 'withdrawn' OR NEW.status <> 'withdrawn'
     OR (NEW.achievement_id, NEW.ip_record_id, NEW.owner_org_id, NEW.annual_fen, NEW.royalty_permille,
         NEW.payment_terms, NEW.min_years, NEW.evaluation_report, NEW.announcement_no, NEW.declared_by, NEW.declared_at)
        IS DISTINCT FROM
        (OLD.achievement_id, OLD.ip_record_id, OLD.owner_org_id, OLD.annual_fen, OLD.royalty_permille,
         OLD.payment_terms, OLD.min_years, OLD.evaluation_report, OLD.announcement_no, OLD.declared_by, OLD.declared_at)
  THEN
    RAISE EXCEPTION 'open licence %: declared terms are fixed; withdraw and declare anew', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER market_open_licences_fixed BEFORE UPDATE OR DELETE ON market_open_licences
  FOR EACH ROW EXECUTE FUNCTION market_open_licence_fixed();

-- A deal opened by taking an open licence: the price is the declared fee for the years taken (no negotiation and no
-- 协议定价公示: the fee was published by the declaration), and its contract is a 技术许可 contract.
ALTER TABLE market_deals
  ADD COLUMN open_licence_id bigint REFERENCES market_open_licences (id),
  ADD COLUMN licence_years integer CHECK (licence_years BETWEEN 1 AND 20),
  ADD CONSTRAINT market_deals_open_licence CHECK (
    (open_licence_id IS NULL) = (licence_years IS NULL)
    AND (open_licence_id IS NULL OR (notice_from IS NULL AND status <> 'notice')));
