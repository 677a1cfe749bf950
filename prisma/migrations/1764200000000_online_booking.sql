-- Up Migration

-- Booking settings per appointment type. The defaults make a type added by hand
-- in SQL bookable with sensible rules straight away.
ALTER TABLE appointment_types
  ADD COLUMN min_notice_minutes integer NOT NULL DEFAULT 720 CHECK (min_notice_minutes >= 0),
  ADD COLUMN horizon_days integer NOT NULL DEFAULT 60 CHECK (horizon_days BETWEEN 1 AND 366),
  ADD COLUMN slot_step_minutes integer NOT NULL DEFAULT 15 CHECK (slot_step_minutes BETWEEN 5 AND 240),
  ADD COLUMN cancel_cutoff_minutes integer NOT NULL DEFAULT 1440 CHECK (cancel_cutoff_minutes >= 0);

-- Which therapists offer which types. A therapist with no rows here offers every active type.
CREATE TABLE therapist_appointment_types (
  therapist_id uuid NOT NULL REFERENCES therapists (id) ON DELETE CASCADE,
  appointment_type_id uuid NOT NULL REFERENCES appointment_types (id) ON DELETE CASCADE,
  PRIMARY KEY (therapist_id, appointment_type_id)
);

-- What the patient told us when booking, carried into the intake: the body
-- region and area from the condition page they came from, and optional notes.
ALTER TABLE bookings
  ADD COLUMN region text,
  ADD COLUMN area text,
  ADD COLUMN notes text CHECK (char_length(notes) <= 1000),
  -- SHA-256 of the intake link's token (the token itself is only ever e-mailed and shown once).
  ADD COLUMN intake_token_hash text,
  -- The first answer to an Idempotency-Key, sealed (AES-GCM) because it holds the manage links.
  ADD COLUMN idempotent_reply text;
CREATE UNIQUE INDEX bookings_intake_token_hash_key ON bookings (intake_token_hash);

-- A returning patient (same e-mail and name, any case) is one record, so the clinic
-- sees their history. Earlier data may hold one record per booking: merge those
-- into the oldest record first.
CREATE TEMPORARY TABLE patient_merge ON COMMIT DROP AS
  SELECT id, first_value(id) OVER (PARTITION BY lower(email), lower(name) ORDER BY created_at, id) AS keep
  FROM patients;
UPDATE bookings b SET patient_id = m.keep FROM patient_merge m WHERE b.patient_id = m.id AND m.id <> m.keep;
DELETE FROM patients p USING patient_merge m WHERE p.id = m.id AND m.id <> m.keep;
CREATE UNIQUE INDEX patients_identity_key ON patients (lower(email), lower(name));

-- Down Migration

DROP INDEX IF EXISTS patients_identity_key;
DROP INDEX IF EXISTS bookings_intake_token_hash_key;
ALTER TABLE bookings DROP COLUMN IF EXISTS region, DROP COLUMN IF EXISTS area, DROP COLUMN IF EXISTS notes,
  DROP COLUMN IF EXISTS intake_token_hash, DROP COLUMN IF EXISTS idempotent_reply;
DROP TABLE IF EXISTS therapist_appointment_types;
ALTER TABLE appointment_types DROP COLUMN IF EXISTS min_notice_minutes, DROP COLUMN IF EXISTS horizon_days,
  DROP COLUMN IF EXISTS slot_step_minutes, DROP COLUMN IF EXISTS cancel_cutoff_minutes;
