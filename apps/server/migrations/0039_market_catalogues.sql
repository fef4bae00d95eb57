-- 技术交易市场 (market), seventh part: 先进适用技术指导目录, the yearly catalogue of advanced applicable technologies
-- the administration compiles from published achievements (selection, order, a note each) and publishes as a page,
-- a PDF and a workbook.

CREATE TABLE market_catalogues (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  year          integer NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
  title         text NOT NULL CHECK (length(btrim(title)) BETWEEN 4 AND 200),
  intro         text NOT NULL DEFAULT '' CHECK (length(intro) <= 4000),
  status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at  timestamptz,
  created_by    bigint NOT NULL REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT market_catalogues_published CHECK ((status = 'published') = (published_at IS NOT NULL))
);

CREATE TABLE market_catalogue_entries (
  catalogue_id    bigint NOT NULL REFERENCES market_catalogues (id) ON DELETE CASCADE,
  achievement_id  bigint NOT NULL REFERENCES market_achievements (id),
  position        integer NOT NULL CHECK (position >= 1),
  note            text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  PRIMARY KEY (catalogue_id, achievement_id),
  CONSTRAINT market_catalogue_entries_position UNIQUE (catalogue_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- A published catalogue is what the public read: its entries change only after it is withdrawn to a draft.
CREATE FUNCTION market_catalogue_entries_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cid bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.catalogue_id ELSE NEW.catalogue_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM market_catalogues WHERE id = cid AND status = 'published') THEN
    RAISE EXCEPTION 'market catalogue %: published, its entries are fixed', cid USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER market_catalogue_entries_fixed BEFORE INSERT OR UPDATE OR DELETE ON market_catalogue_entries
  FOR EACH ROW EXECUTE FUNCTION market_catalogue_entries_fixed();
