-- 科技服务超市 and 大型仪器共享: services, instruments, bookings, service orders, ratings, notifications, uploads.

-- Files are stored by content hash outside the web root; this table records who uploaded what.
CREATE TABLE uploads (
  hash                 char(64) PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
  size                 bigint NOT NULL CHECK (size > 0),
  mime                 text NOT NULL,
  original_name        text NOT NULL,
  uploaded_by          bigint REFERENCES users(id),
  created_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE services (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_id          bigint NOT NULL REFERENCES organisations(id),
  category             text NOT NULL CHECK (category IN ('policy','rnd','testing','transfer','incubation','ip','consulting','finance','popularization','instrument')),
  title                text NOT NULL CHECK (length(btrim(title)) BETWEEN 2 AND 200),
  description          text NOT NULL DEFAULT '',
  pricing              text NOT NULL CHECK (pricing IN ('fixed','hourly','per_sample','quote')),
  price                bigint CHECK (price >= 0),
  lead_time_days       integer NOT NULL DEFAULT 0 CHECK (lead_time_days >= 0),
  qualifications       text[] NOT NULL DEFAULT '{}',
  region               text NOT NULL DEFAULT '长治市',
  voucher_eligible     boolean NOT NULL DEFAULT false,
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active','suspended','withdrawn')),
  suspend_reason       text,
  search               tsvector,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT services_price_needed CHECK (pricing = 'quote' OR price IS NOT NULL)
);
COMMENT ON COLUMN services.price IS 'fen; per unit of the pricing mode; null when priced on quote';
CREATE INDEX services_title_trgm ON services USING gin (title gin_trgm_ops);
CREATE INDEX services_search ON services USING gin (search);
CREATE INDEX services_provider ON services (provider_id);
CREATE INDEX services_category ON services (category, status);

CREATE TABLE instruments (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_id          bigint NOT NULL REFERENCES organisations(id),
  service_id           bigint NOT NULL UNIQUE REFERENCES services(id),
  name                 text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
  model                text NOT NULL DEFAULT '',
  manufacturer         text NOT NULL DEFAULT '',
  category             text NOT NULL,
  original_value       bigint NOT NULL CHECK (original_value >= 0),
  -- 大型科研仪器: original value of 50万元 or more.
  is_large             boolean GENERATED ALWAYS AS (original_value >= 50000000) STORED,
  location             text NOT NULL DEFAULT '',
  photos               text[] NOT NULL DEFAULT '{}',
  parameters           jsonb NOT NULL DEFAULT '[]',
  sample_requirements  text NOT NULL DEFAULT '',
  price_internal       bigint NOT NULL CHECK (price_internal >= 0),
  price_external       bigint NOT NULL CHECK (price_external >= 0),
  operation            text NOT NULL DEFAULT 'assisted' CHECK (operation IN ('assisted','self')),
  training_required    boolean NOT NULL DEFAULT false,
  status               text NOT NULL DEFAULT 'available' CHECK (status IN ('available','maintenance','retired')),
  opening_hours        jsonb NOT NULL,
  min_minutes          integer NOT NULL DEFAULT 30 CHECK (min_minutes > 0),
  max_minutes          integer NOT NULL DEFAULT 480,
  slot_minutes         integer NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 1440),
  horizon_days         integer NOT NULL DEFAULT 60 CHECK (horizon_days BETWEEN 1 AND 730),
  min_notice_minutes   integer NOT NULL DEFAULT 60 CHECK (min_notice_minutes >= 0),
  buffer_minutes       integer NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 1440),
  approval_required    boolean NOT NULL DEFAULT true,
  cancel_notice_hours  integer NOT NULL DEFAULT 24 CHECK (cancel_notice_hours >= 0),
  late_cancel_percent  integer NOT NULL DEFAULT 0 CHECK (late_cancel_percent BETWEEN 0 AND 100),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT instruments_lengths CHECK (max_minutes >= min_minutes)
);
COMMENT ON COLUMN instruments.price_internal IS 'fen per hour for users of the owning organisation';
COMMENT ON COLUMN instruments.price_external IS 'fen per hour for everyone else';
CREATE INDEX instruments_name_trgm ON instruments USING gin (name gin_trgm_ops);
CREATE INDEX instruments_provider ON instruments (provider_id);

CREATE TABLE instrument_blackouts (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  instrument_id        bigint NOT NULL REFERENCES instruments(id),
  period               tstzrange NOT NULL CHECK (NOT isempty(period) AND lower_inc(period) AND NOT upper_inc(period)),
  reason               text NOT NULL DEFAULT '',
  created_by           bigint REFERENCES users(id),
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX instrument_blackouts_period ON instrument_blackouts USING gist (instrument_id, period);

-- The provider records who has been trained on an instrument that requires training.
CREATE TABLE instrument_qualifications (
  instrument_id        bigint NOT NULL REFERENCES instruments(id),
  user_id              bigint NOT NULL REFERENCES users(id),
  granted_by           bigint REFERENCES users(id),
  granted_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (instrument_id, user_id)
);

CREATE TABLE service_orders (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  service_id           bigint NOT NULL REFERENCES services(id),
  provider_id          bigint NOT NULL REFERENCES organisations(id),
  buyer_org_id         bigint NOT NULL REFERENCES organisations(id),
  buyer_user_id        bigint NOT NULL REFERENCES users(id),
  status               text NOT NULL CHECK (status IN ('requested','quoted','accepted','in_service','delivered','completed','cancelled','rejected','disputed')),
  request_note         text NOT NULL DEFAULT '',
  quantity             numeric(12,2) NOT NULL DEFAULT 1 CHECK (quantity > 0),
  amount               bigint CHECK (amount >= 0),
  quote_note           text,
  delivery_note        text,
  delivery_files       text[] NOT NULL DEFAULT '{}',
  dispute_note         text,
  cancel_reason        text,
  rating               smallint CHECK (rating BETWEEN 1 AND 5),
  rating_comment       text,
  rated_at             timestamptz,
  quoted_at            timestamptz,
  accepted_at          timestamptz,
  delivered_at         timestamptz,
  completed_at         timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT service_orders_amount_known CHECK (status IN ('requested','cancelled','rejected') OR amount IS NOT NULL),
  CONSTRAINT service_orders_rating_when_completed CHECK (rating IS NULL OR status = 'completed')
);
COMMENT ON COLUMN service_orders.amount IS 'fen; the quoted or confirmed amount, replaced by the fee from usage for instrument bookings';
CREATE INDEX service_orders_provider ON service_orders (provider_id, status, id DESC);
CREATE INDEX service_orders_buyer ON service_orders (buyer_org_id, status, id DESC);
CREATE INDEX service_orders_service ON service_orders (service_id);

CREATE TABLE order_events (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id             bigint NOT NULL REFERENCES service_orders(id),
  at                   timestamptz NOT NULL DEFAULT now(),
  actor_id             bigint REFERENCES users(id),
  from_status          text,
  to_status            text NOT NULL,
  note                 text
);
CREATE INDEX order_events_order ON order_events (order_id, id);

CREATE TABLE bookings (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  instrument_id        bigint NOT NULL REFERENCES instruments(id),
  -- A rescheduled booking is cancelled and a new one made on the same order: one blocking booking per order.
  order_id             bigint NOT NULL REFERENCES service_orders(id),
  user_id              bigint NOT NULL REFERENCES users(id),
  org_id               bigint NOT NULL REFERENCES organisations(id),
  period               tstzrange NOT NULL CHECK (NOT isempty(period) AND lower_inc(period) AND NOT upper_inc(period)),
  -- The period plus the instrument's buffer after it: what no other booking may overlap.
  blocked              tstzrange NOT NULL,
  status               text NOT NULL CHECK (status IN ('pending','confirmed','rejected','cancelled','completed','no_show')),
  purpose              text NOT NULL DEFAULT '',
  samples              integer NOT NULL DEFAULT 0 CHECK (samples >= 0),
  reject_reason        text,
  cancelled_at         timestamptz,
  late_cancel          boolean NOT NULL DEFAULT false,
  cancel_fee           bigint NOT NULL DEFAULT 0 CHECK (cancel_fee >= 0),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT bookings_blocked_covers_period CHECK (blocked @> period AND lower(blocked) = lower(period)),
  -- No two blocking bookings of one instrument overlap, buffers included. Pending approval blocks too.
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (instrument_id WITH =, blocked WITH &&)
    WHERE (status IN ('pending','confirmed','completed','no_show'))
);
CREATE UNIQUE INDEX bookings_one_active_per_order ON bookings (order_id) WHERE status IN ('pending','confirmed','completed','no_show');
CREATE INDEX bookings_order ON bookings (order_id);
CREATE INDEX bookings_user ON bookings (user_id, id DESC);
CREATE INDEX bookings_org ON bookings (org_id, id DESC);

CREATE TABLE usage_records (
  booking_id           bigint PRIMARY KEY REFERENCES bookings(id),
  actual                tstzrange NOT NULL CHECK (NOT isempty(actual)),
  samples              integer NOT NULL DEFAULT 0 CHECK (samples >= 0),
  operator             text NOT NULL DEFAULT '',
  billed_minutes       integer NOT NULL CHECK (billed_minutes >= 0),
  hourly_price         bigint NOT NULL CHECK (hourly_price >= 0),
  fee                  bigint NOT NULL CHECK (fee >= 0),
  external             boolean NOT NULL,
  notes                text NOT NULL DEFAULT '',
  recorded_by          bigint REFERENCES users(id),
  recorded_at          timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN usage_records.fee IS 'fen: round(billed_minutes × hourly_price / 60), half up';

CREATE TABLE notifications (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id              bigint NOT NULL REFERENCES users(id),
  kind                 text NOT NULL,
  params               jsonb NOT NULL DEFAULT '{}',
  link                 text,
  read_at              timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;

-- 后补助: a yearly rule that proposes each provider's post-subsidy from open-sharing results.
CREATE TABLE subsidy_rules (
  year                 smallint PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  owner_percent        numeric(5,2) NOT NULL CHECK (owner_percent BETWEEN 0 AND 100),
  owner_cap            bigint NOT NULL CHECK (owner_cap >= 0),
  exclude_related      boolean NOT NULL DEFAULT true,
  min_share_percent    numeric(5,2) NOT NULL DEFAULT 0 CHECK (min_share_percent BETWEEN 0 AND 100),
  updated_by           bigint REFERENCES users(id),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE subsidy_rules IS 'owner_cap in fen; subsidy = min(cap, external revenue × percent) when the share rate reaches min_share_percent';

-- Affiliations between organisations (隶属、共建、产权纽带) that make them related parties: their mutual use is not
-- open sharing (后补助) and may not be paid with innovation vouchers. Stored once per pair, smaller id first.
CREATE TABLE org_affiliations (
  org_a                bigint NOT NULL REFERENCES organisations(id),
  org_b                bigint NOT NULL REFERENCES organisations(id),
  kind                 text NOT NULL CHECK (kind IN ('subordinate','co_built','ownership')),
  note                 text NOT NULL DEFAULT '',
  created_by           bigint REFERENCES users(id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_a, org_b),
  CHECK (org_a < org_b)
);
CREATE INDEX org_affiliations_b ON org_affiliations (org_b);
