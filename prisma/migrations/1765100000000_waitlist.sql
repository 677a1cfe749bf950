-- Up Migration

-- A time offered to someone on the waitlist is held for them as a booking row with
-- status 'held' (and hold_expires_at): the EXCLUDE constraint, which guards every
-- status but 'cancelled', then keeps anyone else from booking or holding that time,
-- and free times leave it out, with no second mechanism to keep in step.
-- (The new value is not used in DDL here: migrations run in one transaction.)
ALTER TYPE booking_status ADD VALUE IF NOT EXISTS 'held';
ALTER TABLE bookings ADD COLUMN hold_expires_at timestamptz(3);

-- One row per patient waiting, for one appointment type, one therapist or anyone
-- (therapist_id NULL), between two clinic-local dates at most 31 days apart. The
-- patient's details are a patient record of their own, as a booking's are.
CREATE TABLE waitlist_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  patient_id uuid NOT NULL REFERENCES patients (id) ON DELETE RESTRICT,
  appointment_type_id uuid NOT NULL REFERENCES appointment_types (id) ON DELETE RESTRICT,
  therapist_id uuid REFERENCES therapists (id) ON DELETE RESTRICT,
  from_date date NOT NULL,
  to_date date NOT NULL,
  leave_token_hash text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'booked', 'left')),
  created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
  left_at timestamptz(3),
  CONSTRAINT waitlist_entries_range CHECK (from_date <= to_date AND to_date - from_date <= 30)
);
-- Joining order is created_at (clock_timestamp, so two joins in one transaction still differ).
CREATE INDEX waitlist_entries_waiting_idx ON waitlist_entries (created_at) WHERE status = 'waiting';

-- An offer of one time to one entry. At most one open offer per entry, and one
-- entry is never offered the same time twice (declined or lapsed, it goes to the next).
CREATE TABLE waitlist_offers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id uuid NOT NULL REFERENCES waitlist_entries (id) ON DELETE CASCADE,
  booking_id uuid REFERENCES bookings (id) ON DELETE SET NULL,
  therapist_id uuid NOT NULL REFERENCES therapists (id) ON DELETE CASCADE,
  starts_at timestamptz(3) NOT NULL,
  token_hash text NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined', 'lapsed')),
  expires_at timestamptz(3) NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  decided_at timestamptz(3)
);
CREATE UNIQUE INDEX waitlist_offers_one_open ON waitlist_offers (entry_id) WHERE status = 'open';
CREATE UNIQUE INDEX waitlist_offers_once ON waitlist_offers (entry_id, therapist_id, starts_at);

-- Where time may have come free: written by triggers in the transaction that frees it
-- (a cancellation, a move, a hold let go, time off removed or shortened), whoever made
-- the change, so no path can forget the waitlist. The offer job reads and deletes them.
CREATE TABLE waitlist_freed (
  id bigserial PRIMARY KEY,
  therapist_id uuid NOT NULL,
  from_at timestamptz(3) NOT NULL,
  until_at timestamptz(3) NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);

CREATE FUNCTION waitlist_booking_freed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'cancelled' OR OLD.blocked_until <= now() THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' OR NEW.status = 'cancelled' OR NEW.therapist_id <> OLD.therapist_id
     OR NEW.blocked_from <> OLD.blocked_from OR NEW.blocked_until <> OLD.blocked_until THEN
    INSERT INTO waitlist_freed (therapist_id, from_at, until_at)
      VALUES (OLD.therapist_id, OLD.blocked_from, OLD.blocked_until);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER bookings_waitlist_freed AFTER UPDATE OR DELETE ON bookings
  FOR EACH ROW EXECUTE FUNCTION waitlist_booking_freed();

CREATE FUNCTION waitlist_time_off_freed() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  zone text := coalesce((SELECT time_zone FROM clinic_settings WHERE id = 1), 'Europe/London');
BEGIN
  IF OLD.kind = 'time_off' THEN
    INSERT INTO waitlist_freed (therapist_id, from_at, until_at)
      VALUES (OLD.therapist_id,
              (OLD.date + make_interval(mins => coalesce(OLD.start_minutes, 0))) AT TIME ZONE zone,
              (OLD.date + make_interval(mins => coalesce(OLD.end_minutes, 1440))) AT TIME ZONE zone);
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER availability_overrides_waitlist_freed AFTER UPDATE OR DELETE ON availability_overrides
  FOR EACH ROW EXECUTE FUNCTION waitlist_time_off_freed();

-- Down Migration

DROP TRIGGER IF EXISTS availability_overrides_waitlist_freed ON availability_overrides;
DROP FUNCTION IF EXISTS waitlist_time_off_freed();
DROP TRIGGER IF EXISTS bookings_waitlist_freed ON bookings;
DROP FUNCTION IF EXISTS waitlist_booking_freed();
DROP TABLE IF EXISTS waitlist_freed;
DROP TABLE IF EXISTS waitlist_offers;
DROP TABLE IF EXISTS waitlist_entries;
ALTER TABLE bookings DROP COLUMN IF EXISTS hold_expires_at;
