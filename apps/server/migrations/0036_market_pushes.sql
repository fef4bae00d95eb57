-- 技术交易市场 (market), fourth part: 技术经理人 (brokers) push suggested achievements to a need's owner, who answers
-- with structured feedback that the ranking learns from (per need and achievement). An "interested" answer is a
-- confirmed interest: the achievement's owner may then read a confidential need's details.

-- Experts the administration names 技术经理人 (administrators act as brokers without being listed).
CREATE TABLE market_brokers (
  user_id     bigint PRIMARY KEY REFERENCES users (id),
  added_by    bigint REFERENCES users (id),
  added_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE market_pushes (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  need_id          bigint NOT NULL REFERENCES market_needs (id),
  achievement_id   bigint NOT NULL REFERENCES market_achievements (id),
  pushed_by        bigint NOT NULL REFERENCES users (id),
  note             text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  pushed_at        timestamptz NOT NULL DEFAULT now(),
  -- The need owner's answer: interested, not now, not relevant (with the reason).
  answer           text CHECK (answer IN ('interested', 'not_now', 'not_relevant')),
  answer_reason    text CHECK (length(answer_reason) <= 500),
  answered_by      bigint REFERENCES users (id),
  answered_at      timestamptz,
  CONSTRAINT market_pushes_once UNIQUE (need_id, achievement_id),
  CONSTRAINT market_pushes_answered CHECK ((answer IS NULL) = (answered_at IS NULL) AND (answer IS NULL) = (answered_by IS NULL)),
  CONSTRAINT market_pushes_reason CHECK (answer IS DISTINCT FROM 'not_relevant' OR length(btrim(coalesce(answer_reason, ''))) >= 2)
);
CREATE INDEX market_pushes_waiting ON market_pushes (need_id) WHERE answer IS NULL;
CREATE INDEX market_pushes_achievement ON market_pushes (achievement_id);

-- An answer is given once.
CREATE FUNCTION market_push_answer_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.answer IS NOT NULL AND NEW.answer IS DISTINCT FROM OLD.answer THEN
    RAISE EXCEPTION 'push %: already answered %', OLD.id, OLD.answer USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER market_pushes_answer_once BEFORE UPDATE ON market_pushes
  FOR EACH ROW EXECUTE FUNCTION market_push_answer_once();
