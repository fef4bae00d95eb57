-- 通用通兑: partner regions, their holds on our vouchers, our orders paid with their vouchers.
CREATE TABLE partner_regions (
  code                 text PRIMARY KEY CHECK (code ~ '^[a-z0-9-]{2,32}$'),
  name                 text NOT NULL,
  base_url             text NOT NULL CHECK (base_url ~ '^https?://'),
  secret               text NOT NULL CHECK (length(secret) >= 32),
  active               boolean NOT NULL DEFAULT true,
  created_at           timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN partner_regions.secret IS 'shared HMAC-SHA256 key of the pair of platforms';

-- Idempotency of the machine API: one stored answer per region and key.
CREATE TABLE interop_requests (
  region               text NOT NULL REFERENCES partner_regions(code),
  idempotency_key      text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 128),
  request_hash         text NOT NULL,
  status_code          integer NOT NULL,
  response             jsonb NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region, idempotency_key)
);

-- Replay protection: a signature is accepted once.
CREATE TABLE interop_signatures (
  region               text NOT NULL,
  signature            text NOT NULL,
  seen_at              timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region, signature)
);
CREATE INDEX interop_signatures_seen ON interop_signatures (seen_at);

-- A partner region's provider reserving part of one of our vouchers (ledger: voucher:<id> → hold:x<id>).
CREATE TABLE interop_holds (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region               text NOT NULL REFERENCES partner_regions(code),
  voucher_id           bigint NOT NULL REFERENCES vouchers(id),
  amount               bigint NOT NULL CHECK (amount > 0),
  confirmed_amount     bigint CHECK (confirmed_amount >= 0),
  order_ref            text NOT NULL,
  category             text NOT NULL,
  status               text NOT NULL DEFAULT 'held' CHECK (status IN ('held','confirmed','released')),
  created_at           timestamptz NOT NULL DEFAULT now(),
  closed_at            timestamptz,
  CHECK ((status = 'held') = (closed_at IS NULL)),
  CHECK (confirmed_amount IS NULL OR confirmed_amount <= amount)
);
CREATE INDEX interop_holds_voucher ON interop_holds (voucher_id);

-- Our orders paid in part with a partner region's voucher (通兑: the issuing region pays our provider).
CREATE TABLE partner_voucher_uses (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id             bigint NOT NULL REFERENCES service_orders(id),
  region               text NOT NULL REFERENCES partner_regions(code),
  number               text NOT NULL,
  remote_hold_id       bigint NOT NULL,
  amount               bigint NOT NULL CHECK (amount > 0),
  confirmed_amount     bigint,
  status               text NOT NULL DEFAULT 'held' CHECK (status IN ('held','confirmed','released')),
  created_at           timestamptz NOT NULL DEFAULT now(),
  closed_at            timestamptz
);
CREATE UNIQUE INDEX partner_voucher_uses_open ON partner_voucher_uses (order_id, region, number) WHERE status = 'held';
