-- A booking moved inside its cancellation notice window keeps the start the notice was measured against: cancelling
-- the new time later is still late, so rescheduling first cannot dodge the late-cancellation charge.
ALTER TABLE bookings ADD COLUMN notice_from timestamptz;
