-- 通兑: a partner region holds one of our vouchers only with the holder's redemption code, never by the voucher's
-- sequential number alone. The code is random, shown once to the holder (who may set a new one at any time), and
-- kept only as a salted scrypt hash. Wrong codes are counted; after five in a row the voucher takes no partner hold
-- until the holder sets a new code.
CREATE TABLE voucher_redemption_codes (
  voucher_id       bigint PRIMARY KEY REFERENCES vouchers(id),
  code_hash        text NOT NULL CHECK (code_hash LIKE 'scrypt$%'),
  created_at       timestamptz NOT NULL,
  created_by       bigint REFERENCES users(id),
  failures         integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  last_failure_at  timestamptz
);
