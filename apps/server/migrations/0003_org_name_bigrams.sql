-- Chinese names are searched by fragments of two characters (e.g. 光伏, 材料), which contain no trigram: pg_trgm cannot
-- narrow such a search. The set of (lower-cased) two-character pieces of a name, indexed with GIN, can: a name contains a
-- fragment only if its bigrams contain the fragment's bigrams. ILIKE then confirms the match.
CREATE FUNCTION name_bigrams(t text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN ARRAY(SELECT DISTINCT substr(lower(t), i, 2) FROM generate_series(1, greatest(length(t) - 1, 0)) AS i);

CREATE INDEX organisations_name_bigrams ON organisations USING gin (name_bigrams(name));
