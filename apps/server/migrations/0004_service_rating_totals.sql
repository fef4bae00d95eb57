-- Ratings and completed orders per service, kept on the service row by a trigger, so that catalog lists and pages read
-- them instead of aggregating every order of every listed service on each request.
ALTER TABLE services
  ADD COLUMN rating_sum      bigint  NOT NULL DEFAULT 0 CHECK (rating_sum >= 0),
  ADD COLUMN rating_count    integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
  ADD COLUMN completed_count integer NOT NULL DEFAULT 0 CHECK (completed_count >= 0);

UPDATE services s SET
  rating_sum = coalesce(t.rating_sum, 0), rating_count = coalesce(t.rating_count, 0), completed_count = coalesce(t.completed, 0)
FROM (
  SELECT service_id, sum(rating) AS rating_sum, count(rating) AS rating_count, count(*) FILTER (WHERE status = 'completed') AS completed
  FROM service_orders GROUP BY service_id
) t
WHERE t.service_id = s.id;

CREATE FUNCTION service_orders_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE services SET
      rating_sum = rating_sum - coalesce(OLD.rating, 0),
      rating_count = rating_count - (OLD.rating IS NOT NULL)::int,
      completed_count = completed_count - (OLD.status = 'completed')::int
    WHERE id = OLD.service_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE services SET
      rating_sum = rating_sum + coalesce(NEW.rating, 0),
      rating_count = rating_count + (NEW.rating IS NOT NULL)::int,
      completed_count = completed_count + (NEW.status = 'completed')::int
    WHERE id = NEW.service_id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER service_orders_totals_ins AFTER INSERT OR DELETE ON service_orders
  FOR EACH ROW EXECUTE FUNCTION service_orders_totals();
-- Only when what is counted changes: most order updates touch neither.
CREATE TRIGGER service_orders_totals_upd AFTER UPDATE OF status, rating, service_id ON service_orders
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.rating IS DISTINCT FROM NEW.rating OR OLD.service_id IS DISTINCT FROM NEW.service_id)
  EXECUTE FUNCTION service_orders_totals();
