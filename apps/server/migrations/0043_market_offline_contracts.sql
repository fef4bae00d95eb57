-- 技术合同认定登记 of contracts signed outside the platform: most technology contracts are negotiated and signed on
-- paper, with buyers anywhere in the country. The seller records such a contract with its signed scan, naming the
-- buyer (an organisation of the platform, or any other by name and USCC); it is signed on the seller's record (the
-- registration point checks the paper), and its registration follows the same flow as the platform's contracts.
ALTER TABLE market_contracts
  ALTER COLUMN deal_id DROP NOT NULL,
  ALTER COLUMN buyer_org_id DROP NOT NULL,
  ADD COLUMN offline boolean NOT NULL DEFAULT false,
  ADD COLUMN buyer_name text CHECK (length(btrim(buyer_name)) BETWEEN 2 AND 200),
  -- 技术领域 of an offline contract (a platform contract's is its achievement's).
  ADD COLUMN field text CHECK (field IN ('electronics', 'biomedicine', 'aerospace', 'materials', 'hightech_services',
                                        'energy', 'environment', 'manufacturing')),
  ADD COLUMN buyer_uscc text CHECK (buyer_uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
  -- A contract comes from a deal on the platform, or was signed outside it.
  ADD CONSTRAINT market_contracts_origin CHECK (offline = (deal_id IS NULL)),
  -- The buyer is an organisation of the platform, or (outside the platform only) one named with its USCC.
  ADD CONSTRAINT market_contracts_buyer CHECK (
    (buyer_org_id IS NOT NULL AND buyer_name IS NULL AND buyer_uscc IS NULL)
    OR (offline AND buyer_org_id IS NULL AND buyer_name IS NOT NULL AND buyer_uscc IS NOT NULL)),
  -- An offline contract is recorded signed, with its scan, by the seller.
  ADD CONSTRAINT market_contracts_offline_signed CHECK (
    NOT offline OR (status = 'signed' AND signed_file IS NOT NULL AND seller_confirmed_at IS NOT NULL
                    AND field IS NOT NULL));

-- Signed: both sides confirmed the same text on the platform, or the seller recorded a contract signed outside it.
ALTER TABLE market_contracts DROP CONSTRAINT market_contracts_signed;
ALTER TABLE market_contracts ADD CONSTRAINT market_contracts_signed CHECK ((status = 'signed') =
  (seller_confirmed_at IS NOT NULL AND (buyer_confirmed_at IS NOT NULL OR offline)));

-- org: the directory gains the USCC, so that a contract's buyer named by USCC is found on the platform.
CREATE OR REPLACE VIEW org_directory AS
  SELECT id, kind, name, status, substr(uscc, 3, 6) AS division, uscc FROM organisations;
