-- 银企对接会 (seed 十二.3) and 产业引导基金 with its sub-funds (seed 十二.1, 十二.2).
--
-- An event invites institutions and enterprises; the office books 1:1 meetings in slots (an institution or an
-- enterprise is never in two meetings at once); a meeting held gets its outcome and a follow-up due a number of
-- working days later (finance_settings.follow_up_days), which the institution records.

CREATE TABLE finance_events (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title        text NOT NULL CHECK (length(btrim(title)) BETWEEN 4 AND 200),
  description  text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  venue        text NOT NULL CHECK (length(btrim(venue)) BETWEEN 2 AND 200),
  starts_at    timestamptz NOT NULL,
  ends_at      timestamptz NOT NULL,
  status       text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  created_by   bigint NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT finance_events_order CHECK (ends_at > starts_at)
);

CREATE TABLE finance_event_invites (
  event_id    bigint NOT NULL REFERENCES finance_events (id),
  org_id      bigint NOT NULL REFERENCES organisations (id),
  side        text NOT NULL CHECK (side IN ('institution', 'enterprise')),
  response    text NOT NULL DEFAULT 'pending' CHECK (response IN ('pending', 'accepted', 'declined')),
  invited_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, org_id)
);

CREATE TABLE finance_event_meetings (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id            bigint NOT NULL REFERENCES finance_events (id),
  institution_org_id  bigint NOT NULL,
  enterprise_org_id   bigint NOT NULL,
  slot                tstzrange NOT NULL CHECK (NOT isempty(slot) AND lower(slot) IS NOT NULL AND upper(slot) IS NOT NULL),
  status              text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'no_show')),
  outcome             text CHECK (outcome IN ('interested', 'negotiating', 'no_fit')),
  note                text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
  follow_up_due       date,
  followed_up_at      timestamptz,
  follow_up_note      text CHECK (length(follow_up_note) <= 1000),
  FOREIGN KEY (event_id, institution_org_id) REFERENCES finance_event_invites (event_id, org_id),
  FOREIGN KEY (event_id, enterprise_org_id) REFERENCES finance_event_invites (event_id, org_id),
  CONSTRAINT finance_event_meetings_pair UNIQUE (event_id, institution_org_id, enterprise_org_id),
  CONSTRAINT finance_event_meetings_institution_free EXCLUDE USING gist (institution_org_id WITH =, slot WITH &&),
  CONSTRAINT finance_event_meetings_enterprise_free EXCLUDE USING gist (enterprise_org_id WITH =, slot WITH &&),
  CONSTRAINT finance_event_meetings_held CHECK ((status = 'held') = (outcome IS NOT NULL AND follow_up_due IS NOT NULL)),
  CONSTRAINT finance_event_meetings_followed CHECK (followed_up_at IS NULL OR status = 'held')
);
CREATE INDEX finance_event_meetings_event ON finance_event_meetings (event_id, lower(slot));

-- 产业引导基金 (kind guide) and the sub-funds it invests in (母子基金: a sub-fund names its parent), each with its
-- manager, size and focus; commitments of the limited partners (the parent fund among them) in fen.
CREATE TABLE finance_funds (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name              text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 100),
  kind              text NOT NULL CHECK (kind IN ('guide', 'sub')),
  parent_id         bigint REFERENCES finance_funds (id),
  manager_org_id    bigint REFERENCES finance_institutions (org_id),
  target_fen        bigint NOT NULL CHECK (target_fen > 0),
  vintage           integer NOT NULL CHECK (vintage BETWEEN 2000 AND 2100),
  stages            text[] NOT NULL DEFAULT '{}' CHECK (stages <@ ARRAY['seed', 'early', 'growth', 'mature']),
  fields            text[] NOT NULL DEFAULT '{}',
  created_by        bigint NOT NULL REFERENCES users (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT finance_funds_parent CHECK ((kind = 'sub') = (parent_id IS NOT NULL))
);

CREATE TABLE finance_fund_commitments (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  fund_id       bigint NOT NULL REFERENCES finance_funds (id),
  -- A limited partner: another fund of the platform (the parent guide fund), or named.
  lp_fund_id    bigint REFERENCES finance_funds (id),
  lp_name       text NOT NULL CHECK (length(btrim(lp_name)) BETWEEN 2 AND 100),
  amount_fen    bigint NOT NULL CHECK (amount_fen > 0),
  committed_on  date NOT NULL,
  CONSTRAINT finance_fund_commitments_other CHECK (lp_fund_id IS NULL OR lp_fund_id <> fund_id)
);

-- Investors' preferences (an institution of kind investment), matched to enterprises, and investments made.
CREATE TABLE finance_investor_profiles (
  institution_org_id  bigint PRIMARY KEY REFERENCES finance_institutions (org_id),
  stages              text[] NOT NULL CHECK (cardinality(stages) >= 1 AND stages <@ ARRAY['seed', 'early', 'growth', 'mature']),
  -- 国民经济行业分类 门类 letters (C 制造业, I 信息技术 …); empty is any.
  industries          text[] NOT NULL DEFAULT '{}',
  ticket_min_fen      bigint NOT NULL CHECK (ticket_min_fen > 0),
  ticket_max_fen      bigint NOT NULL,
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT finance_investor_profiles_ticket CHECK (ticket_min_fen <= ticket_max_fen)
);

CREATE TABLE finance_investments (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  fund_id             bigint REFERENCES finance_funds (id),
  institution_org_id  bigint REFERENCES finance_institutions (org_id),
  org_id              bigint NOT NULL REFERENCES organisations (id),
  amount_fen          bigint NOT NULL CHECK (amount_fen > 0),
  invested_on         date NOT NULL,
  round               text NOT NULL CHECK (round IN ('angel', 'a', 'b', 'c', 'later')),
  created_by          bigint NOT NULL REFERENCES users (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT finance_investments_investor CHECK (fund_id IS NOT NULL OR institution_org_id IS NOT NULL)
);
CREATE INDEX finance_investments_org ON finance_investments (org_id);
