-- Up Migration

-- When reminders and questionnaire chasers go out, in minutes before the appointment;
-- the clinic sets them in the admin area (none, one or several of each).
ALTER TABLE clinic_settings
  ADD COLUMN reminder_offsets_minutes integer[] NOT NULL DEFAULT '{2880,120}'
    CHECK (cardinality(reminder_offsets_minutes) <= 5 AND 15 <= ALL (reminder_offsets_minutes) AND 20160 >= ALL (reminder_offsets_minutes)),
  ADD COLUMN chase_offsets_minutes integer[] NOT NULL DEFAULT '{4320,1440}'
    CHECK (cardinality(chase_offsets_minutes) <= 5 AND 15 <= ALL (chase_offsets_minutes) AND 20160 >= ALL (chase_offsets_minutes));

-- A reminder carries the patient's manage link, whose token is otherwise only e-mailed:
-- it is kept sealed (AES-256-GCM under a key derived from NEXTAUTH_SECRET, lib/sealed-box.ts),
-- as queued mail already is, so a database dump alone opens no booking.
-- messages_from: a message due before this moment is skipped (the booking was made, or
-- moved, after it); a reschedule sets it again, which moves every pending message.
ALTER TABLE bookings
  ADD COLUMN manage_token_sealed text,
  ADD COLUMN messages_from timestamptz(3) NOT NULL DEFAULT now();

-- One row per message sent for a booking's time: the primary key is what makes a message
-- go out once, whichever instance (or restart) gets there first.
CREATE TABLE booking_messages (
  booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('reminder', 'chase')),
  offset_minutes integer NOT NULL,
  starts_at timestamptz(3) NOT NULL,
  sent_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (booking_id, kind, offset_minutes, starts_at)
);

-- Down Migration

DROP TABLE IF EXISTS booking_messages;
ALTER TABLE bookings DROP COLUMN IF EXISTS messages_from, DROP COLUMN IF EXISTS manage_token_sealed;
ALTER TABLE clinic_settings DROP COLUMN IF EXISTS chase_offsets_minutes, DROP COLUMN IF EXISTS reminder_offsets_minutes;
