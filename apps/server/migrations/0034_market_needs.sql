-- 技术交易市场 (market), second part: 技术需求 (technology needs) with measurable targets, a budget range and a
-- deadline, reviewed by the administration before the public sees them, like achievements.

-- One review flow for every listing of the market (LISTING_TRANSITIONS in @cz/shared/market): submitted from a
-- draft, a returned or a withdrawn one; published or returned only when submitted; withdrawn from any other status.
CREATE FUNCTION market_listing_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (NEW.status = 'submitted' AND OLD.status IN ('draft', 'returned', 'withdrawn'))
    OR (NEW.status IN ('published', 'returned') AND OLD.status = 'submitted')
    OR (NEW.status = 'withdrawn' AND OLD.status IN ('draft', 'submitted', 'published', 'returned'))
  ) THEN
    RAISE EXCEPTION '% %: cannot go from % to %', TG_TABLE_NAME, OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER market_achievements_transition ON market_achievements;
DROP FUNCTION market_achievement_transition();
CREATE TRIGGER market_achievements_transition BEFORE UPDATE OF status ON market_achievements
  FOR EACH ROW EXECUTE FUNCTION market_listing_transition();

CREATE TABLE market_needs (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_org_id       bigint NOT NULL REFERENCES organisations (id),
  title              text NOT NULL CHECK (length(btrim(title)) BETWEEN 4 AND 200),
  -- What everyone reads.
  summary            text NOT NULL CHECK (length(btrim(summary)) BETWEEN 20 AND 4000),
  -- With confidentiality 'summary', read only by the owner and the administration (and, once interests are
  -- confirmed, by the parties of a confirmed interest).
  details            text NOT NULL DEFAULT '' CHECK (length(details) <= 8000),
  field              text NOT NULL CHECK (field IN ('electronics', 'biomedicine', 'aerospace', 'materials',
                       'hightech_services', 'energy', 'environment', 'manufacturing')),
  -- [{ "indicator", "operator": "gte"|"lte"|"eq", "value", "unit" }]: 光电转换效率 ≥ 23 %.
  targets            jsonb NOT NULL CHECK (jsonb_typeof(targets) = 'array'
                       AND jsonb_array_length(targets) BETWEEN 1 AND 10),
  -- The budget range in fen; both null when it is to be negotiated.
  budget_min_fen     bigint CHECK (budget_min_fen >= 0),
  budget_max_fen     bigint CHECK (budget_max_fen >= 0),
  deadline           date NOT NULL,
  confidentiality    text NOT NULL DEFAULT 'public' CHECK (confidentiality IN ('public', 'summary')),
  keywords           text[] NOT NULL DEFAULT '{}' CHECK (cardinality(keywords) <= 10),
  status             text NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'submitted', 'published', 'returned', 'withdrawn')),
  review_note        text CHECK (length(review_note) <= 500),
  reviewed_by        bigint REFERENCES users (id),
  reviewed_at        timestamptz,
  published_at       timestamptz,
  created_by         bigint NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT market_needs_budget CHECK ((budget_min_fen IS NULL) = (budget_max_fen IS NULL)
    AND (budget_min_fen IS NULL OR budget_min_fen <= budget_max_fen)),
  CONSTRAINT market_needs_returned_reason CHECK (status <> 'returned' OR length(btrim(coalesce(review_note, ''))) >= 2),
  CONSTRAINT market_needs_published_at CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX market_needs_owner ON market_needs (owner_org_id, id DESC);
CREATE INDEX market_needs_public ON market_needs (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX market_needs_waiting ON market_needs (updated_at) WHERE status = 'submitted';
CREATE TRIGGER market_needs_transition BEFORE UPDATE OF status ON market_needs
  FOR EACH ROW EXECUTE FUNCTION market_listing_transition();
