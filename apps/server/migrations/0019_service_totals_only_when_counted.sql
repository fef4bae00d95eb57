-- The service row's totals (migration 0004) change only when an order becomes or stops being completed, or gains,
-- loses or changes its rating. The triggers used to update the service row on every insert and every status change,
-- so every order of one service took that row's lock and held it to the end of its transaction: orders of one
-- service (acceptances, bookings of one instrument) ran one at a time. Now the row is touched only when a total moves.
DROP TRIGGER service_orders_totals_ins ON service_orders;
DROP TRIGGER service_orders_totals_upd ON service_orders;

CREATE TRIGGER service_orders_totals_ins AFTER INSERT ON service_orders
  FOR EACH ROW WHEN (NEW.status = 'completed' OR NEW.rating IS NOT NULL)
  EXECUTE FUNCTION service_orders_totals();
CREATE TRIGGER service_orders_totals_del AFTER DELETE ON service_orders
  FOR EACH ROW WHEN (OLD.status = 'completed' OR OLD.rating IS NOT NULL)
  EXECUTE FUNCTION service_orders_totals();
CREATE TRIGGER service_orders_totals_upd AFTER UPDATE OF status, rating, service_id ON service_orders
  FOR EACH ROW WHEN (
    (OLD.status = 'completed') IS DISTINCT FROM (NEW.status = 'completed')
    OR OLD.rating IS DISTINCT FROM NEW.rating
    OR (OLD.service_id IS DISTINCT FROM NEW.service_id AND (NEW.status = 'completed' OR NEW.rating IS NOT NULL))
  )
  EXECUTE FUNCTION service_orders_totals();
