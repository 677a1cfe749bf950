-- Up Migration

-- A cancellation inside the appointment type's cut-off (the patient rang on the day):
-- recorded by staff from the schedule, and counted with no-shows in the attendance report.
ALTER TABLE bookings ADD COLUMN late_cancellation boolean NOT NULL DEFAULT false;
ALTER TABLE bookings ADD CONSTRAINT bookings_late_cancellation_cancelled
  CHECK (NOT late_cancellation OR status = 'cancelled');

-- Down Migration

ALTER TABLE bookings DROP COLUMN IF EXISTS late_cancellation;
