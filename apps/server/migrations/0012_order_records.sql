-- Published read view of the order module: what other areas read of an order (vouchers settle and report on orders,
-- uploads check who may fetch a delivery). A simple view, so PostgreSQL inlines it, and a row read through it can be
-- locked (FOR UPDATE) like the table's.
CREATE VIEW order_records AS
  SELECT id, service_id, provider_id, buyer_org_id, status, amount, delivery_files, completed_at
  FROM service_orders;
