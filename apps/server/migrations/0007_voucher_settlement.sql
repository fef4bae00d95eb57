-- Settlement of voucher-paid orders: providers claim with their documents, the administration reviews, groups approved
-- claims into batches and pays them (ledger: payable:<provider> → paid:<provider>).
CREATE TABLE settlement_batches (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  status               text NOT NULL DEFAULT 'open' CHECK (status IN ('open','paid')),
  note                 text NOT NULL DEFAULT '',
  created_by           bigint REFERENCES users(id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  paid_by              bigint REFERENCES users(id),
  paid_at              timestamptz,
  payment_ref          text,
  CHECK ((status = 'paid') = (paid_at IS NOT NULL))
);

CREATE TABLE voucher_claims (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id             bigint NOT NULL UNIQUE REFERENCES service_orders(id),
  provider_id          bigint NOT NULL REFERENCES organisations(id),
  amount               bigint NOT NULL CHECK (amount > 0),
  contract_file        char(64) NOT NULL REFERENCES uploads(hash),
  invoice_file         char(64) NOT NULL REFERENCES uploads(hash),
  payment_proof_file   char(64) NOT NULL REFERENCES uploads(hash),
  result_files         text[] NOT NULL DEFAULT '{}',
  status               text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted','approved','returned','batched','paid')),
  return_reason        text,
  reviewed_by          bigint REFERENCES users(id),
  reviewed_at          timestamptz,
  batch_id             bigint REFERENCES settlement_batches(id),
  submitted_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'returned' OR length(btrim(coalesce(return_reason, ''))) > 0),
  CHECK ((status IN ('batched','paid')) = (batch_id IS NOT NULL))
);
COMMENT ON COLUMN voucher_claims.amount IS 'fen: what vouchers paid for the order (consumed holds)';
CREATE INDEX voucher_claims_provider ON voucher_claims (provider_id, status);
CREATE INDEX voucher_claims_batch ON voucher_claims (batch_id);
