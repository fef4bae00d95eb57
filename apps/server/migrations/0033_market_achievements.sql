-- 技术交易市场 (market), first part: 科技成果 (achievements) offered by enterprises, universities and institutes,
-- reviewed by the administration before the public sees them.

CREATE TABLE market_achievements (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  owner_org_id       bigint NOT NULL REFERENCES organisations (id),
  title              text NOT NULL CHECK (length(btrim(title)) BETWEEN 4 AND 200),
  summary            text NOT NULL CHECK (length(btrim(summary)) BETWEEN 20 AND 4000),
  -- 国家重点支持的高新技术领域 (国科发火〔2016〕32号 附件).
  field              text NOT NULL CHECK (field IN ('electronics', 'biomedicine', 'aerospace', 'materials',
                       'hightech_services', 'energy', 'environment', 'manufacturing')),
  stage              text NOT NULL CHECK (stage IN ('early', 'middle', 'mature')),
  maturity_evidence  text NOT NULL DEFAULT '' CHECK (length(maturity_evidence) <= 2000),
  transfer_modes     text[] NOT NULL CHECK (cardinality(transfer_modes) BETWEEN 1 AND 4
                       AND transfer_modes <@ ARRAY['transfer', 'licence', 'equity', 'joint_development']),
  -- An asking price in fen, or 面议 (negotiable): exactly one of the two.
  price_fen          bigint CHECK (price_fen >= 0),
  negotiable         boolean NOT NULL DEFAULT false,
  keywords           text[] NOT NULL DEFAULT '{}' CHECK (cardinality(keywords) <= 10),
  -- [{ "name", "title", "role" }]: the team as the owner presents it (fictional in the demo).
  team               jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(team) = 'array' AND jsonb_array_length(team) <= 20),
  -- Records of the owner's IP registry (the ip area checks they are the owner's when they are attached).
  ip_record_ids      bigint[] NOT NULL DEFAULT '{}' CHECK (cardinality(ip_record_ids) <= 50),
  status             text NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'submitted', 'published', 'returned', 'withdrawn')),
  review_note        text CHECK (length(review_note) <= 500),
  reviewed_by        bigint REFERENCES users (id),
  reviewed_at        timestamptz,
  published_at       timestamptz,
  created_by         bigint NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT market_achievements_price CHECK (negotiable = (price_fen IS NULL)),
  -- A returned achievement says why; a published one was published at a time.
  CONSTRAINT market_achievements_returned_reason CHECK (status <> 'returned' OR length(btrim(coalesce(review_note, ''))) >= 2),
  CONSTRAINT market_achievements_published_at CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX market_achievements_owner ON market_achievements (owner_org_id, id DESC);
CREATE INDEX market_achievements_public ON market_achievements (published_at DESC, id DESC) WHERE status = 'published';
CREATE INDEX market_achievements_waiting ON market_achievements (updated_at) WHERE status = 'submitted';

-- The review flow (ACHIEVEMENT_TRANSITIONS in @cz/shared/market): submitted from a draft, a returned or a withdrawn
-- one; published or returned only when submitted; withdrawn from any other status.
CREATE FUNCTION market_achievement_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (NEW.status = 'submitted' AND OLD.status IN ('draft', 'returned', 'withdrawn'))
    OR (NEW.status IN ('published', 'returned') AND OLD.status = 'submitted')
    OR (NEW.status = 'withdrawn' AND OLD.status IN ('draft', 'submitted', 'published', 'returned'))
  ) THEN
    RAISE EXCEPTION 'an achievement cannot go from % to %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER market_achievements_transition BEFORE UPDATE OF status ON market_achievements
  FOR EACH ROW EXECUTE FUNCTION market_achievement_transition();
