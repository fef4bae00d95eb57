-- 技术交易市场 (market): the match's domain dictionary kept by the administration. The segmenter (jieba) knows the
-- repository's word list (market.dict.txt), the terms of this table and the words of the synonym table, so that a
-- term jieba's general dictionary would split (钽铌锂, 太阳能电池板) is one token of a need and of an achievement.
-- When those words change, every achievement's match vector is built again: the version below moves with each change
-- (triggers, so that no writer can forget it), each achievement keeps the version its vector was built with, and the
-- market's re-index job rebuilds the older ones in batches (progress = achievements at the current version).

CREATE TABLE market_terms (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- Normalised (NFKC, lower case) letters and digits only, as the segmenter compares them; the app checks the rule.
  term        text NOT NULL UNIQUE CHECK (length(term) BETWEEN 2 AND 30 AND term = lower(term) AND term !~ '\s'),
  note        text NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  updated_by  bigint REFERENCES users (id),
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- One row: the version of the match's words. 1 here, so that the vectors built before this migration (version 0,
-- without the synonyms' words in the dictionary) are rebuilt once.
CREATE TABLE market_match_words (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  version     integer NOT NULL CHECK (version >= 1),
  changed_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO market_match_words (version) VALUES (1);

ALTER TABLE market_achievements
  ADD COLUMN match_version integer NOT NULL DEFAULT 0 CHECK (match_version >= 0);

CREATE FUNCTION market_match_words_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE market_match_words SET version = version + 1, changed_at = now();
  RETURN NULL;
END $$;

CREATE TRIGGER market_terms_added_removed AFTER INSERT OR DELETE ON market_terms
  FOR EACH STATEMENT EXECUTE FUNCTION market_match_words_changed();
CREATE TRIGGER market_terms_changed AFTER UPDATE ON market_terms
  FOR EACH ROW WHEN (OLD.term IS DISTINCT FROM NEW.term) EXECUTE FUNCTION market_match_words_changed();
CREATE TRIGGER market_synonyms_added_removed AFTER INSERT OR DELETE ON market_synonyms
  FOR EACH STATEMENT EXECUTE FUNCTION market_match_words_changed();
CREATE TRIGGER market_synonyms_changed AFTER UPDATE ON market_synonyms
  FOR EACH ROW WHEN (OLD.terms IS DISTINCT FROM NEW.terms) EXECUTE FUNCTION market_match_words_changed();
