-- 技术交易市场 (market), fifth part: from interest to contract to 技术合同认定登记. A buyer opens an inquiry on a
-- published achievement; the sides negotiate with messages and offers; an accepted offer is the agreed price, on
-- public notice first when the seller is a public institution; a contract of one of the five kinds of the 民法典 is
-- drafted and confirmed by both; the seller applies once for registration, which a registration point decides within
-- a time limit counted in working days. Money in fen.

-- The zone's settings of the market: the notice period, the registration time limits, the registration number's
-- layout and codes, and the refusal reasons (the 2026 办法 leaves them to configuration). One row.
CREATE TABLE market_settings (
  id                    smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  notice_days           integer NOT NULL DEFAULT 15 CHECK (notice_days BETWEEN 0 AND 60),
  working_days          integer NOT NULL DEFAULT 15 CHECK (working_days BETWEEN 1 AND 90),
  review_working_days   integer NOT NULL DEFAULT 30 CHECK (review_working_days BETWEEN 1 AND 120),
  -- 500万元: from this 技术交易额 on, the longer limit (expert review) applies.
  review_threshold_fen  bigint NOT NULL DEFAULT 500000000 CHECK (review_threshold_fen > 0),
  -- Y year, P province, C city, R registration point, S serial: 14 digits by default.
  number_layout         text NOT NULL DEFAULT 'YYPPCCRRSSSSSS' CHECK (number_layout ~ '^Y+P+C+R+S+$'),
  province_code         text NOT NULL DEFAULT '14' CHECK (province_code ~ '^\d{1,4}$'),
  city_code             text NOT NULL DEFAULT '04' CHECK (city_code ~ '^\d{1,4}$'),
  point_code            text NOT NULL DEFAULT '01' CHECK (point_code ~ '^\d{1,4}$'),
  -- [{ "code", "zh", "en" }]
  refusal_reasons       jsonb NOT NULL CHECK (jsonb_typeof(refusal_reasons) = 'array'
                          AND jsonb_array_length(refusal_reasons) >= 1),
  updated_by            bigint REFERENCES users (id),
  updated_at            timestamptz NOT NULL DEFAULT now()
);
INSERT INTO market_settings (refusal_reasons) VALUES ('[
  {"code": "not_technology", "zh": "不属于技术合同", "en": "Not a technology contract"},
  {"code": "incomplete_terms", "zh": "合同主要条款不全或约定不明", "en": "Essential terms missing or unclear"},
  {"code": "not_signed", "zh": "合同未经双方签字盖章", "en": "Not signed and sealed by both parties"},
  {"code": "amount_unclear", "zh": "技术交易额无法核定", "en": "The technology trade amount cannot be determined"},
  {"code": "already_registered", "zh": "合同已在其他登记机构登记", "en": "Registered already at another point"},
  {"code": "unlawful", "zh": "违反法律法规或损害公共利益", "en": "Unlawful or against the public interest"}
]');

-- The sum of the "amountFen" members of a JSON array of lines (costs, payments): the totals are kept beside the
-- lines and checked against them.
CREATE FUNCTION market_fen_sum(lines jsonb) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(sum((e ->> 'amountFen')::bigint), 0)::bigint FROM jsonb_array_elements(lines) AS e
$$;

CREATE TABLE market_deals (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  achievement_id   bigint NOT NULL REFERENCES market_achievements (id),
  need_id          bigint REFERENCES market_needs (id),
  seller_org_id    bigint NOT NULL REFERENCES organisations (id),
  buyer_org_id     bigint NOT NULL REFERENCES organisations (id),
  -- A public institution (高校、科研院所) sells: its agreed price goes on public notice before the contract.
  seller_public    boolean NOT NULL,
  status           text NOT NULL DEFAULT 'negotiating'
                     CHECK (status IN ('negotiating', 'notice', 'agreed', 'contracted', 'cancelled')),
  agreed_fen       bigint CHECK (agreed_fen >= 0),
  agreed_at        timestamptz,
  notice_from      date,
  notice_until     date,
  cancel_reason    text CHECK (length(cancel_reason) <= 500),
  opened_by        bigint NOT NULL REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT market_deals_two_sides CHECK (seller_org_id <> buyer_org_id),
  CONSTRAINT market_deals_agreed CHECK ((agreed_fen IS NULL) = (agreed_at IS NULL)
    AND (status NOT IN ('notice', 'agreed', 'contracted') OR agreed_fen IS NOT NULL)),
  CONSTRAINT market_deals_notice CHECK ((notice_from IS NULL) = (notice_until IS NULL)
    AND (notice_until IS NULL OR notice_until >= notice_from)
    AND (status <> 'notice' OR notice_until IS NOT NULL)),
  CONSTRAINT market_deals_cancelled CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
);
-- One open deal of a buyer on an achievement at a time.
CREATE UNIQUE INDEX market_deals_open_pair ON market_deals (achievement_id, buyer_org_id)
  WHERE status IN ('negotiating', 'notice', 'agreed');
CREATE INDEX market_deals_seller ON market_deals (seller_org_id, id DESC);
CREATE INDEX market_deals_buyer ON market_deals (buyer_org_id, id DESC);
CREATE INDEX market_deals_on_notice ON market_deals (notice_until) WHERE status = 'notice';

-- A deal's status moves forward only: negotiating → notice/agreed/cancelled; notice → agreed/contracted/cancelled;
-- agreed → contracted/cancelled.
CREATE FUNCTION market_deal_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (OLD.status = 'negotiating' AND NEW.status IN ('notice', 'agreed', 'cancelled'))
    OR (OLD.status = 'notice' AND NEW.status IN ('agreed', 'contracted', 'cancelled'))
    OR (OLD.status = 'agreed' AND NEW.status IN ('contracted', 'cancelled'))
  ) THEN
    RAISE EXCEPTION 'market deal %: cannot go from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.agreed_fen IS NOT NULL AND NEW.agreed_fen IS DISTINCT FROM OLD.agreed_fen THEN
    RAISE EXCEPTION 'market deal %: the agreed price is fixed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER market_deals_transition BEFORE UPDATE ON market_deals
  FOR EACH ROW EXECUTE FUNCTION market_deal_transition();

-- The negotiation thread: messages of either side, an offer with some of them. Messages are never changed but for
-- their offer's status, and never deleted.
CREATE TABLE market_deal_messages (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  deal_id        bigint NOT NULL REFERENCES market_deals (id),
  side           text NOT NULL CHECK (side IN ('seller', 'buyer')),
  author_id      bigint NOT NULL REFERENCES users (id),
  body           text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
  offer_fen      bigint CHECK (offer_fen >= 0),
  offer_status   text CHECK (offer_status IN ('open', 'accepted', 'declined', 'superseded')),
  -- Files sent with the message (uploads' hashes; read by the two sides through upload_attachments).
  attachments    text[] NOT NULL DEFAULT '{}' CHECK (cardinality(attachments) <= 10),
  created_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT market_deal_messages_offer CHECK ((offer_fen IS NULL) = (offer_status IS NULL))
);
CREATE INDEX market_deal_messages_deal ON market_deal_messages (deal_id, id);
-- At most one open offer per deal: a new offer supersedes the open one.
CREATE UNIQUE INDEX market_deal_messages_one_open ON market_deal_messages (deal_id) WHERE offer_status = 'open';

CREATE FUNCTION market_deal_message_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'market deal messages are kept' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.body IS DISTINCT FROM OLD.body OR NEW.offer_fen IS DISTINCT FROM OLD.offer_fen
     OR NEW.side IS DISTINCT FROM OLD.side OR NEW.author_id IS DISTINCT FROM OLD.author_id
     OR NEW.deal_id IS DISTINCT FROM OLD.deal_id OR NEW.attachments IS DISTINCT FROM OLD.attachments
     OR NEW.created_at IS DISTINCT FROM OLD.created_at
     OR (OLD.offer_status IS DISTINCT FROM 'open' AND NEW.offer_status IS DISTINCT FROM OLD.offer_status) THEN
    RAISE EXCEPTION 'market deal message %: only an open offer changes, once', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER market_deal_messages_fixed BEFORE UPDATE OR DELETE ON market_deal_messages
  FOR EACH ROW EXECUTE FUNCTION market_deal_message_fixed();

CREATE TABLE market_contracts (
  id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  deal_id                  bigint NOT NULL UNIQUE REFERENCES market_deals (id),
  kind                     text NOT NULL CHECK (kind IN ('development', 'transfer', 'licence', 'consulting', 'service')),
  title                    text NOT NULL CHECK (length(btrim(title)) BETWEEN 4 AND 200),
  seller_org_id            bigint NOT NULL REFERENCES organisations (id),
  buyer_org_id             bigint NOT NULL REFERENCES organisations (id),
  -- 成交额.
  amount_fen               bigint NOT NULL CHECK (amount_fen > 0),
  -- [{ "kind": equipment|instruments|parts|materials, "description", "amountFen" }]
  non_technical            jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(non_technical) = 'array'),
  non_technical_fen        bigint NOT NULL DEFAULT 0,
  -- 技术交易额 = 成交额 − non-technical costs.
  tech_trade_fen           bigint GENERATED ALWAYS AS (amount_fen - non_technical_fen) STORED,
  -- [{ "dueOn", "amountFen", "note" }], adding up to the amount.
  payments                 jsonb NOT NULL CHECK (jsonb_typeof(payments) = 'array' AND jsonb_array_length(payments) >= 1),
  with_transfer_or_development boolean NOT NULL DEFAULT false,
  -- The signed contract's scan (an upload's hash).
  signed_file              text CHECK (signed_file ~ '^[0-9a-f]{64}$'),
  status                   text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
  seller_confirmed_at      timestamptz,
  buyer_confirmed_at       timestamptz,
  created_by               bigint NOT NULL REFERENCES users (id),
  created_at               timestamptz NOT NULL DEFAULT now(),
  updated_at               timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT market_contracts_two_sides CHECK (seller_org_id <> buyer_org_id),
  CONSTRAINT market_contracts_costs CHECK (non_technical_fen = market_fen_sum(non_technical)
    AND non_technical_fen BETWEEN 0 AND amount_fen),
  CONSTRAINT market_contracts_payments CHECK (market_fen_sum(payments) = amount_fen),
  -- Signed: both sides confirmed the same text (the scan of the signed paper is added after, for registration).
  CONSTRAINT market_contracts_signed CHECK ((status = 'signed') =
    (seller_confirmed_at IS NOT NULL AND buyer_confirmed_at IS NOT NULL))
);
CREATE INDEX market_contracts_seller ON market_contracts (seller_org_id);
CREATE INDEX market_contracts_buyer ON market_contracts (buyer_org_id);

-- A signed contract's terms are fixed.
CREATE FUNCTION market_contract_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'signed' AND (NEW.status <> 'signed' OR NEW.kind <> OLD.kind OR NEW.title <> OLD.title
     OR NEW.amount_fen <> OLD.amount_fen OR NEW.non_technical <> OLD.non_technical OR NEW.payments <> OLD.payments
     OR NEW.with_transfer_or_development <> OLD.with_transfer_or_development) THEN
    RAISE EXCEPTION 'market contract %: signed, its terms are fixed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER market_contracts_fixed BEFORE UPDATE ON market_contracts
  FOR EACH ROW EXECUTE FUNCTION market_contract_fixed();

-- 技术合同认定登记: applied for once per contract, by the seller.
CREATE TABLE market_registrations (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contract_id        bigint NOT NULL UNIQUE REFERENCES market_contracts (id),
  seller_org_id      bigint NOT NULL REFERENCES organisations (id),
  status             text NOT NULL DEFAULT 'submitted'
                       CHECK (status IN ('submitted', 'returned', 'registered', 'refused')),
  submitted_on       date NOT NULL,
  -- The day missing materials were supplied: the time limit counts from it again.
  supplied_on        date,
  due_on             date NOT NULL,
  limit_working_days integer NOT NULL CHECK (limit_working_days > 0),
  review             boolean NOT NULL,
  return_note        text CHECK (length(return_note) <= 500),
  reason_code        text,
  reason_note        text CHECK (length(reason_note) <= 500),
  number             text UNIQUE,
  verify_code        text CHECK (verify_code ~ '^[0-9A-Z]{10}$'),
  registered_on      date,
  decided_by         bigint REFERENCES users (id),
  decided_at         timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT market_registrations_registered CHECK ((status = 'registered') =
    (number IS NOT NULL AND verify_code IS NOT NULL AND registered_on IS NOT NULL)),
  CONSTRAINT market_registrations_refused CHECK ((status = 'refused') = (reason_code IS NOT NULL)),
  CONSTRAINT market_registrations_decided CHECK ((status IN ('registered', 'refused')) = (decided_at IS NOT NULL)),
  CONSTRAINT market_registrations_returned CHECK (status <> 'returned' OR return_note IS NOT NULL)
);
CREATE INDEX market_registrations_open ON market_registrations (due_on) WHERE status = 'submitted';
CREATE INDEX market_registrations_seller ON market_registrations (seller_org_id);

-- submitted ⇄ returned; submitted → registered or refused, final.
CREATE FUNCTION market_registration_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
       (OLD.status = 'submitted' AND NEW.status IN ('returned', 'registered', 'refused'))
    OR (OLD.status = 'returned' AND NEW.status = 'submitted')
  ) THEN
    RAISE EXCEPTION 'market registration %: cannot go from % to %', OLD.id, OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.number IS NOT NULL AND NEW.number IS DISTINCT FROM OLD.number THEN
    RAISE EXCEPTION 'market registration %: the number is fixed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER market_registrations_transition BEFORE UPDATE ON market_registrations
  FOR EACH ROW EXECUTE FUNCTION market_registration_transition();
