-- Who may attach and read an uploaded file. Files are named by their content hash, so knowing a hash proves nothing:
-- a file is attached only by someone who uploaded it (or can read it already), and read by its uploaders'
-- organisations, administrators and the parties of the records it is attached to; only public attachments
-- (instrument photos) are open to everyone.

-- Everyone who uploaded this content (the same bytes may be uploaded by several users), with their organisation then.
CREATE TABLE upload_holders (
  hash                 char(64) NOT NULL REFERENCES uploads(hash),
  user_id              bigint NOT NULL REFERENCES users(id),
  org_id               bigint REFERENCES organisations(id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (hash, user_id)
);
CREATE INDEX upload_holders_org ON upload_holders (org_id, hash) WHERE org_id IS NOT NULL;

-- The records a file is attached to, written by the owning module through the upload façade when it attaches, and
-- the organisations that may read the file through each (the record's parties).
CREATE TABLE upload_attachments (
  hash                 char(64) NOT NULL REFERENCES uploads(hash),
  record_kind          text NOT NULL CHECK (record_kind ~ '^[a-z][a-z_]*$'),
  record_id            bigint NOT NULL,
  org_ids              bigint[] NOT NULL DEFAULT '{}',
  public               boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (record_kind, record_id, hash)
);
CREATE INDEX upload_attachments_hash ON upload_attachments (hash);

-- Existing uploads: their uploader holds them, with the organisation the uploader belongs to.
INSERT INTO upload_holders (hash, user_id, org_id, created_at)
SELECT u.hash, u.uploaded_by, m.org_id, u.created_at
FROM uploads u LEFT JOIN memberships m ON m.user_id = u.uploaded_by
WHERE u.uploaded_by IS NOT NULL;

-- Existing attachments: the parties of each record may read its files, and instrument photos are public, when the
-- organisation that attached the file had uploaded it (or an administrator had). A hash put into a record by someone who
-- never uploaded it (knowing the hash was enough before) stays in the record but grants nothing.
CREATE TEMPORARY VIEW upload_uploader_orgs AS
SELECT u.hash::text AS hash, m.org_id, usr.role IN ('admin','superadmin') AS by_admin
FROM uploads u LEFT JOIN users usr ON usr.id = u.uploaded_by LEFT JOIN memberships m ON m.user_id = u.uploaded_by;

INSERT INTO upload_attachments (hash, record_kind, record_id, org_ids)
SELECT DISTINCT f.hash, 'order_delivery', o.id, ARRAY[o.buyer_org_id, o.provider_id]
FROM service_orders o CROSS JOIN LATERAL unnest(o.delivery_files) AS f(hash)
JOIN upload_uploader_orgs w ON w.hash = f.hash AND (w.org_id = o.provider_id OR w.by_admin)
ON CONFLICT DO NOTHING;

INSERT INTO upload_attachments (hash, record_kind, record_id, org_ids, public)
SELECT DISTINCT f.hash, 'instrument_photo', i.id, ARRAY[i.provider_id], true
FROM instruments i CROSS JOIN LATERAL unnest(i.photos) AS f(hash)
JOIN upload_uploader_orgs w ON w.hash = f.hash AND (w.org_id = i.provider_id OR w.by_admin)
ON CONFLICT DO NOTHING;

INSERT INTO upload_attachments (hash, record_kind, record_id, org_ids)
SELECT DISTINCT f.hash, 'voucher_claim', c.id, ARRAY[c.provider_id]
FROM voucher_claims c
CROSS JOIN LATERAL unnest(ARRAY[c.contract_file::text, c.invoice_file::text, c.payment_proof_file::text] || c.result_files) AS f(hash)
JOIN upload_uploader_orgs w ON w.hash = f.hash AND (w.org_id = c.provider_id OR w.by_admin)
ON CONFLICT DO NOTHING;

INSERT INTO upload_attachments (hash, record_kind, record_id, org_ids)
SELECT DISTINCT f.hash, 'voucher_reimbursement', r.id, ARRAY[r.org_id]
FROM voucher_reimbursements r
CROSS JOIN LATERAL unnest(ARRAY[r.invoice_file::text, r.payment_proof_file::text] || r.result_files) AS f(hash)
JOIN upload_uploader_orgs w ON w.hash = f.hash AND (w.org_id = r.org_id OR w.by_admin)
ON CONFLICT DO NOTHING;

DROP VIEW upload_uploader_orgs;
