-- 技术交易市场 (market), sixth part: trade statistics of registered contracts against the plan's target (全区技术交易额
-- 翻两番: four times the base year's 技术交易额), and the buyer's region from its USCC.

-- The target: a base year's 技术交易额 (entered by the administration; null until it is), a multiple and a year.
ALTER TABLE market_settings
  ADD COLUMN trade_base_year       integer NOT NULL DEFAULT 2020 CHECK (trade_base_year BETWEEN 2000 AND 2100),
  ADD COLUMN trade_base_fen        bigint CHECK (trade_base_fen >= 0),
  ADD COLUMN trade_target_multiple numeric(5, 2) NOT NULL DEFAULT 4 CHECK (trade_target_multiple > 0),
  ADD COLUMN trade_target_year     integer NOT NULL DEFAULT 2023 CHECK (trade_target_year BETWEEN 2000 AND 2100),
  ADD CONSTRAINT market_settings_target_after_base CHECK (trade_target_year > trade_base_year);

-- org: the administrative division of an organisation's USCC (positions 3–8, GB 32100-2015), for regional figures.
CREATE OR REPLACE VIEW org_directory AS
  SELECT id, kind, name, status, substr(uscc, 3, 6) AS division FROM organisations;
