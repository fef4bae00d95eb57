-- Notifications also go out by email when SMTP is configured: the table is the outbox; a sender marks what it sent.
ALTER TABLE notifications
  ADD COLUMN emailed_at  timestamptz,
  ADD COLUMN email_error text;
CREATE INDEX notifications_unsent ON notifications (id) WHERE emailed_at IS NULL;
