-- 通用: the enterprise paid a provider elsewhere in full and claims the voucher's share back from its own region.
CREATE TABLE voucher_reimbursements (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  voucher_id           bigint NOT NULL REFERENCES vouchers(id),
  org_id               bigint NOT NULL REFERENCES organisations(id),
  region               text NOT NULL,
  provider_name        text NOT NULL,
  category             text NOT NULL,
  paid_amount          bigint NOT NULL CHECK (paid_amount > 0),
  amount               bigint NOT NULL CHECK (amount > 0),
  invoice_file         char(64) NOT NULL REFERENCES uploads(hash),
  payment_proof_file   char(64) NOT NULL REFERENCES uploads(hash),
  result_files         text[] NOT NULL DEFAULT '{}',
  status               text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted','approved','rejected','paid')),
  reason               text,
  decided_by           bigint REFERENCES users(id),
  decided_at           timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (amount <= paid_amount),
  CHECK (status <> 'rejected' OR length(btrim(coalesce(reason, ''))) > 0)
);
COMMENT ON COLUMN voucher_reimbursements.amount IS 'fen: the voucher share held for the claim (ledger hold:r<id>)';
CREATE INDEX voucher_reimbursements_org ON voucher_reimbursements (org_id);
