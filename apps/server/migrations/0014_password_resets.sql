-- One-time password-reset links issued by an administrator. Only the SHA-256 of the token is kept; a link works once
-- (used_at) and until expires_at. Issuing a new link for a user retires the earlier unused ones.
CREATE TABLE password_resets (
  token_hash bytea PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  issued_by bigint REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CONSTRAINT password_resets_expiry CHECK (expires_at > created_at),
  CONSTRAINT password_resets_used CHECK (used_at IS NULL OR used_at >= created_at)
);
CREATE INDEX password_resets_user ON password_resets (user_id) WHERE used_at IS NULL;
