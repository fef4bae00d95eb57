-- 第三方评估: a role for the third-party evaluation body, which reads the supervision's rates of the policy items and
-- nothing else (no organisation, no write of any kind).
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
  CHECK (role IN ('enterprise','provider','finance','expert','evaluator','admin','superadmin'));

