-- 高企后备培育库: a saved criterion is a standing filter, not a one-off. It keeps the owner (服务专员) the enterprises it
-- brings in get, may be applied again (by hand, or after every nightly evaluation when auto_apply is on) to bring in
-- the enterprises that have come to match since, and is retired rather than deleted, since pool entries name it.
ALTER TABLE cultivation_criteria
  ADD COLUMN owner_id   bigint REFERENCES users(id),
  ADD COLUMN auto_apply boolean NOT NULL DEFAULT false,
  ADD COLUMN status     text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
  ADD COLUMN applied_at timestamptz,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- The criteria saved so far were applied once, when they were saved; NULL is "never applied".
UPDATE cultivation_criteria SET applied_at = created_at, updated_at = created_at;

-- A criterion retired is not applied, by hand or nightly.
ALTER TABLE cultivation_criteria
  ADD CONSTRAINT cultivation_criteria_auto_active CHECK (NOT auto_apply OR status = 'active');

CREATE INDEX cultivation_pool_criteria ON cultivation_pool (criteria_id) WHERE criteria_id IS NOT NULL;
