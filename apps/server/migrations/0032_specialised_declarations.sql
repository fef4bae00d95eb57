-- What an enterprise states for the 专精特新 criteria no registry of the platform holds (工信部企业〔2022〕63号 附件2
-- and 附件3; the 2026 measures read the same facts): years in its niche market, new equity financing, market share,
-- evaluation scores, awards, the "创客中国" rank, its R&D institution and R&D staff share, and the qualitative
-- criteria of the 小巨人 tier. NULL is "not stated": the self-check then says it needs the fact.
ALTER TABLE cultivation_declarations
  ADD COLUMN niche_years          smallint CHECK (niche_years BETWEEN 0 AND 200),
  ADD COLUMN equity_financing_2y  bigint CHECK (equity_financing_2y >= 0),
  ADD COLUMN market_share_bp      integer CHECK (market_share_bp BETWEEN 0 AND 10000),
  ADD COLUMN market_top_three     boolean,
  ADD COLUMN provincial_score     smallint CHECK (provincial_score BETWEEN 0 AND 100),
  ADD COLUMN giant_score          smallint CHECK (giant_score BETWEEN 0 AND 100),
  -- [{ "level": "provincial" | "national", "rank": n }] of the last three years; [] when none.
  ADD COLUMN science_awards       jsonb CHECK (science_awards IS NULL OR jsonb_typeof(science_awards) = 'array'),
  ADD COLUMN maker_china_listed   boolean,
  ADD COLUMN maker_china_rank     integer CHECK (maker_china_rank >= 1),
  ADD COLUMN rd_institution       boolean,
  ADD COLUMN rd_staff_bp          integer CHECK (rd_staff_bp BETWEEN 0 AND 10000),
  ADD COLUMN information_system   boolean,
  ADD COLUMN management_certified boolean,
  ADD COLUMN own_brand            boolean,
  ADD COLUMN chain_role           boolean,
  ADD COLUMN key_field            boolean,
  -- A rank only for an enterprise that was listed.
  ADD CONSTRAINT cultivation_declarations_maker_rank CHECK (maker_china_rank IS NULL OR maker_china_listed);
