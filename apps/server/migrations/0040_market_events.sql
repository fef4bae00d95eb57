-- 技术交易市场 (market), eighth part: 科技成果推送活动 (at least two a year): events with featured achievements,
-- invited and registered enterprises, check-in, the pairs that met, and what came of them (negotiations, contracts),
-- so that each event's yield is known.

CREATE TABLE market_events (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title         text NOT NULL CHECK (length(btrim(title)) BETWEEN 4 AND 200),
  description   text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  venue         text NOT NULL DEFAULT '' CHECK (length(venue) <= 200),
  starts_at     timestamptz NOT NULL,
  ends_at       timestamptz NOT NULL,
  -- planned (registration open until it ends), held (its records closed), cancelled.
  status        text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  created_by    bigint NOT NULL REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT market_events_times CHECK (ends_at > starts_at)
);
CREATE INDEX market_events_starts ON market_events (starts_at DESC);

CREATE TABLE market_event_achievements (
  event_id        bigint NOT NULL REFERENCES market_events (id) ON DELETE CASCADE,
  achievement_id  bigint NOT NULL REFERENCES market_achievements (id),
  position        integer NOT NULL CHECK (position >= 1),
  PRIMARY KEY (event_id, achievement_id)
);

CREATE TABLE market_event_participants (
  event_id       bigint NOT NULL REFERENCES market_events (id) ON DELETE CASCADE,
  org_id         bigint NOT NULL REFERENCES organisations (id),
  invited_at     timestamptz,
  registered_at  timestamptz,
  registered_by  bigint REFERENCES users (id),
  checked_in_at  timestamptz,
  PRIMARY KEY (event_id, org_id),
  CONSTRAINT market_event_participants_why CHECK (invited_at IS NOT NULL OR registered_at IS NOT NULL),
  -- Checked in only once registered.
  CONSTRAINT market_event_participants_check_in CHECK (checked_in_at IS NULL OR registered_at IS NOT NULL)
);

-- A pair that met at the event: a featured achievement and a participant that checked in.
CREATE TABLE market_event_meetings (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id        bigint NOT NULL,
  achievement_id  bigint NOT NULL,
  org_id          bigint NOT NULL,
  note            text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  recorded_by     bigint NOT NULL REFERENCES users (id),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT market_event_meetings_once UNIQUE (event_id, achievement_id, org_id),
  FOREIGN KEY (event_id, achievement_id) REFERENCES market_event_achievements (event_id, achievement_id) ON DELETE CASCADE,
  FOREIGN KEY (event_id, org_id) REFERENCES market_event_participants (event_id, org_id) ON DELETE CASCADE
);
