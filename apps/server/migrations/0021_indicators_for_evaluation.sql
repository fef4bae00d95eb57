-- Yearly indicators carry what the national evaluations need (科技型中小企业评价, 高企认定, 专精特新): costs, net
-- assets, liabilities, domestic R&D, income and high-tech income, main-business revenue and conversions of results.
-- NULL is "not reported" (an evaluation then says it needs the figure), unlike the older columns' 0. Money in fen.
-- The Ⅰ类/Ⅱ类 IP counts are no longer typed here: they are derived from the IP registry (ip_class_counts).
ALTER TABLE org_indicators
  DROP COLUMN ip_class1,
  DROP COLUMN ip_class2,
  ADD COLUMN total_cost            bigint CHECK (total_cost >= 0),
  ADD COLUMN net_assets            bigint,
  ADD COLUMN total_liabilities     bigint CHECK (total_liabilities >= 0),
  ADD COLUMN rd_domestic           bigint CHECK (rd_domestic >= 0),
  ADD COLUMN total_income          bigint CHECK (total_income >= 0),
  ADD COLUMN hightech_income       bigint CHECK (hightech_income >= 0),
  ADD COLUMN main_business_revenue bigint CHECK (main_business_revenue >= 0),
  ADD COLUMN conversions           integer CHECK (conversions >= 0),
  ADD CONSTRAINT org_indicators_rd_domestic CHECK (rd_domestic IS NULL OR rd_domestic <= rd_expense),
  ADD CONSTRAINT org_indicators_hightech_income CHECK (hightech_income IS NULL OR total_income IS NULL OR hightech_income <= total_income),
  ADD CONSTRAINT org_indicators_main_business CHECK (main_business_revenue IS NULL OR main_business_revenue <= revenue);

COMMENT ON COLUMN org_indicators.total_cost IS '成本费用总额, fen; NULL when not reported';
COMMENT ON COLUMN org_indicators.net_assets IS '净资产, fen (may be negative); NULL when not reported';
COMMENT ON COLUMN org_indicators.conversions IS '科技成果转化数 (items converted in the year)';

-- Published for the cultivation area, which evaluates enterprises on their reported indicators.
CREATE VIEW org_indicator_records AS
  SELECT org_id, year, revenue, rd_expense, total_assets, employees, tech_staff, total_cost, net_assets,
         total_liabilities, rd_domestic, total_income, hightech_income, main_business_revenue, conversions, updated_at
  FROM org_indicators;
