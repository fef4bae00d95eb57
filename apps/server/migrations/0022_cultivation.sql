-- 企业培育与评价 (cultivation): evaluations by the national rules on the registry's data, batch runs, enterprises'
-- declarations for the conditions the platform cannot see, and the 高企后备培育库 (pool) with visits, tasks and outcomes.

-- org publishes the facts of an organisation that the evaluations rest on (founding date, industry, 高企 certificate,
-- 科技型中小企业 registration, 专精特新 flag), so that the cultivation area never reads the organisations table.
CREATE VIEW org_evaluation_facts AS
  SELECT id AS org_id, kind, name, status, park, industry, founded_on, hte_cert_no, hte_valid_from, hte_valid_to,
         tsme_reg_no, is_specialized
  FROM organisations;

-- What an enterprise declares (承诺) for the conditions of 国科发政〔2017〕115号 第六条 and the direct qualifications of
-- 第七条 that no registry of the platform holds. NULL is "not declared": the evaluation then says it needs the fact.
CREATE TABLE cultivation_declarations (
  org_id                    bigint PRIMARY KEY REFERENCES organisations(id),
  prohibited_industry       boolean,
  major_incident            boolean,
  dishonest_list            boolean,
  abnormal_operation        boolean,
  national_award_5y         boolean,
  provincial_rd_institution boolean,
  led_standard_5y           boolean,
  declared_by               bigint NOT NULL REFERENCES users(id),
  declared_at               timestamptz NOT NULL DEFAULT now()
);

-- One run over every enterprise: on demand (an administrator) or nightly. Organisations up to max_org_id at the start,
-- taken in id order after `cursor`, so that a run stopped half-way continues where it was and never counts one twice.
CREATE TABLE cultivation_batches (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  trigger     text NOT NULL CHECK (trigger IN ('manual', 'nightly')),
  status      text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'done', 'failed')),
  assessed_on date NOT NULL,
  max_org_id  bigint NOT NULL,
  total       integer NOT NULL CHECK (total >= 0),
  processed   integer NOT NULL DEFAULT 0 CHECK (processed >= 0),
  failed      integer NOT NULL DEFAULT 0 CHECK (failed >= 0),
  cursor      bigint NOT NULL DEFAULT 0,
  error       text,
  started_by  bigint REFERENCES users(id),
  started_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  CONSTRAINT cultivation_batches_counts CHECK (processed + failed <= total),
  CONSTRAINT cultivation_batches_finished CHECK ((status = 'running') = (finished_at IS NULL))
);
-- At most one run at a time (a second start answers the running one).
CREATE UNIQUE INDEX cultivation_batches_one_running ON cultivation_batches ((true)) WHERE status = 'running';

-- Every evaluation kept: the rule pack used, the input as it was, the explained result. Append-only.
CREATE TABLE cultivation_evaluations (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id      bigint NOT NULL REFERENCES organisations(id),
  kind        text NOT NULL CHECK (kind IN ('tech_sme', 'hte', 'specialized', 'rd_deduction')),
  assessed_on date NOT NULL,
  pack_id     text NOT NULL CHECK (length(pack_id) > 0),
  input       jsonb NOT NULL,
  result      jsonb NOT NULL,
  score_min   smallint CHECK (score_min BETWEEN 0 AND 100),
  score_max   smallint CHECK (score_max BETWEEN 0 AND 100),
  verdict     text NOT NULL CHECK (verdict IN ('eligible', 'not_eligible', 'needs_data')),
  trigger     text NOT NULL CHECK (trigger IN ('manual', 'batch', 'indicators', 'ip')),
  batch_id    bigint REFERENCES cultivation_batches(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT cultivation_evaluations_score_range CHECK (
    (score_min IS NULL AND score_max IS NULL) OR (score_min IS NOT NULL AND score_max IS NOT NULL AND score_min <= score_max)),
  CONSTRAINT cultivation_evaluations_batch CHECK ((trigger = 'batch') = (batch_id IS NOT NULL))
);
CREATE INDEX cultivation_evaluations_org ON cultivation_evaluations (org_id, kind, id DESC);
-- A run evaluates each enterprise once per kind, even when a chunk is retried.
CREATE UNIQUE INDEX cultivation_evaluations_once_per_batch ON cultivation_evaluations (batch_id, org_id, kind)
  WHERE batch_id IS NOT NULL;

CREATE FUNCTION cultivation_evaluations_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'cultivation_evaluations is append-only' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER cultivation_evaluations_append_only BEFORE UPDATE OR DELETE ON cultivation_evaluations
  FOR EACH ROW EXECUTE FUNCTION cultivation_evaluations_append_only();

-- The latest evaluation per organisation and kind, kept by the database on every insert (one statement-level upsert
-- per INSERT statement, so a batch chunk costs one more statement, not one per row).
CREATE TABLE cultivation_latest (
  org_id        bigint NOT NULL REFERENCES organisations(id),
  kind          text NOT NULL CHECK (kind IN ('tech_sme', 'hte', 'specialized', 'rd_deduction')),
  evaluation_id bigint NOT NULL UNIQUE REFERENCES cultivation_evaluations(id),
  PRIMARY KEY (org_id, kind)
);

CREATE FUNCTION cultivation_keep_latest() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO cultivation_latest (org_id, kind, evaluation_id)
    SELECT DISTINCT ON (org_id, kind) org_id, kind, id FROM new_rows ORDER BY org_id, kind, id DESC
  ON CONFLICT (org_id, kind) DO UPDATE SET evaluation_id = EXCLUDED.evaluation_id
    WHERE cultivation_latest.evaluation_id < EXCLUDED.evaluation_id;
  RETURN NULL;
END $$;
CREATE TRIGGER cultivation_keep_latest AFTER INSERT ON cultivation_evaluations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cultivation_keep_latest();

-- Published for other areas (policy matching, insight, plan): the latest verdict and score of each kind.
CREATE VIEW cultivation_latest_evaluations AS
  SELECT e.id, e.org_id, e.kind, e.assessed_on, e.pack_id, e.score_min, e.score_max, e.verdict, e.trigger, e.created_at
  FROM cultivation_latest l JOIN cultivation_evaluations e ON e.id = l.evaluation_id;

-- 高企后备培育库: saved criteria over the latest evaluations, the pool with tier and owner (服务专员), visits, tasks
-- and outcomes by year.
CREATE TABLE cultivation_criteria (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  filter     jsonb NOT NULL,
  tier       text NOT NULL CHECK (tier IN ('seed', 'growing', 'sprint')),
  created_by bigint NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE cultivation_pool (
  org_id      bigint PRIMARY KEY REFERENCES organisations(id),
  tier        text NOT NULL CHECK (tier IN ('seed', 'growing', 'sprint')),
  owner_id    bigint REFERENCES users(id),
  source      text NOT NULL CHECK (source IN ('criteria', 'manual')),
  criteria_id bigint REFERENCES cultivation_criteria(id),
  status      text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'removed')),
  added_by    bigint NOT NULL REFERENCES users(id),
  added_at    timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT cultivation_pool_source CHECK ((source = 'criteria') = (criteria_id IS NOT NULL))
);
CREATE INDEX cultivation_pool_owner ON cultivation_pool (owner_id) WHERE status = 'active';

CREATE TABLE cultivation_visits (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id     bigint NOT NULL REFERENCES cultivation_pool(org_id),
  visited_on date NOT NULL,
  visitor_id bigint NOT NULL REFERENCES users(id),
  notes      text NOT NULL CHECK (length(notes) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cultivation_visits_org ON cultivation_visits (org_id, visited_on DESC);

CREATE TABLE cultivation_tasks (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id      bigint NOT NULL REFERENCES cultivation_pool(org_id),
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  goal_code   text,
  due_on      date NOT NULL,
  status      text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  assignee_id bigint REFERENCES users(id),
  created_by  bigint NOT NULL REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  closed_at   timestamptz,
  CONSTRAINT cultivation_tasks_closed CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE INDEX cultivation_tasks_open ON cultivation_tasks (assignee_id, due_on) WHERE status = 'open';
CREATE INDEX cultivation_tasks_org ON cultivation_tasks (org_id, due_on);

CREATE TABLE cultivation_outcomes (
  org_id      bigint NOT NULL REFERENCES cultivation_pool(org_id),
  year        smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  outcome     text NOT NULL CHECK (outcome IN ('applied', 'recognised', 'failed')),
  reason      text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 1000),
  recorded_by bigint NOT NULL REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, year),
  CONSTRAINT cultivation_outcomes_reason CHECK (outcome <> 'failed' OR reason IS NOT NULL)
);
