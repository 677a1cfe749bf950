-- Up Migration

-- Limits on what the public can do, adjustable by the clinic's admins. Read by
-- every instance from this row (cached for a few seconds), so a change applies everywhere.
ALTER TABLE clinic_settings
  ADD COLUMN bookings_per_address_hour integer NOT NULL DEFAULT 10 CHECK (bookings_per_address_hour BETWEEN 1 AND 10000),
  ADD COLUMN future_bookings_per_email integer NOT NULL DEFAULT 3 CHECK (future_bookings_per_email BETWEEN 1 AND 1000),
  ADD COLUMN changes_per_booking integer NOT NULL DEFAULT 3 CHECK (changes_per_booking BETWEEN 0 AND 100),
  ADD COLUMN slot_queries_per_minute integer NOT NULL DEFAULT 120 CHECK (slot_queries_per_minute BETWEEN 1 AND 100000),
  ADD COLUMN questionnaire_saves_per_hour integer NOT NULL DEFAULT 600 CHECK (questionnaire_saves_per_hour BETWEEN 1 AND 100000);

-- Reschedules and cancellations made through the manage link (staff changes are not counted).
ALTER TABLE bookings ADD COLUMN patient_changes integer NOT NULL DEFAULT 0;

-- rate-limiter-flexible's PostgreSQL store (its own layout) for the per-address
-- limits, shared by every app instance. Keys are hashed, never an address in the clear.
CREATE TABLE public_rate_limits (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);

-- Down Migration

DROP TABLE IF EXISTS public_rate_limits;
ALTER TABLE bookings DROP COLUMN IF EXISTS patient_changes;
ALTER TABLE clinic_settings
  DROP COLUMN IF EXISTS questionnaire_saves_per_hour,
  DROP COLUMN IF EXISTS slot_queries_per_minute,
  DROP COLUMN IF EXISTS changes_per_booking,
  DROP COLUMN IF EXISTS future_bookings_per_email,
  DROP COLUMN IF EXISTS bookings_per_address_hour;
