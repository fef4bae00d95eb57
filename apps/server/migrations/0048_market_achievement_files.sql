-- 科技成果 with attachments (技术说明书, 检测报告, 证书): the owner's uploads, reviewed with the achievement before anyone
-- else reads them. Who may read them is kept where every file's readers are, in upload_attachments (record kind
-- 'market_achievement'): the owner and the buyers of the deals opened on the achievement, and everyone while the
-- achievement is published and its owner marked the files public.

ALTER TABLE market_achievements
  -- The uploads' content hashes, in the owner's order.
  ADD COLUMN attachments text[] NOT NULL DEFAULT '{}'
    CHECK (cardinality(attachments) <= 10 AND array_to_string(attachments, ',') ~ '^([0-9a-f]{64}(,|$))*$'),
  -- The owner's choice: the files are public once the achievement is published (not before, and not once withdrawn).
  ADD COLUMN attachments_public boolean NOT NULL DEFAULT false;
