-- Calls to partner regions leave the business transaction: the step that needs one (confirming or releasing a partner
-- voucher's hold) writes an outbox row with its change, and a job delivers it after commit with the row's idempotency
-- key, retrying transient failures. A refusal with a code is kept for the administration to see.
CREATE TABLE interop_outbox (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region           text NOT NULL REFERENCES partner_regions(code),
  operation        text NOT NULL CHECK (operation IN ('hold', 'confirm', 'release')),
  body             jsonb NOT NULL,
  idempotency_key  text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 128),
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  last_error       text,
  answer           jsonb,
  created_at       timestamptz NOT NULL DEFAULT now(),
  sent_at          timestamptz
);
CREATE INDEX interop_outbox_due ON interop_outbox (next_attempt_at) WHERE status IN ('pending', 'sending');

-- The coverage the issuing region reported when it held the amount, so that completion needs no call to ask again.
ALTER TABLE partner_voucher_uses ADD COLUMN coverage_percent numeric(5,2)
  CHECK (coverage_percent IS NULL OR (coverage_percent > 0 AND coverage_percent <= 100));
