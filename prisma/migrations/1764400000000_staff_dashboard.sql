-- Up Migration

-- Sign-in: a one-time password from an admin must be replaced at first sign-in.
ALTER TABLE staff_users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- One row per sign-in. The JWT names its row; every request checks it is still
-- open, touched within 30 minutes (idle) and younger than 12 hours (absolute).
-- Checking here rather than in the cookie lets a server component, which cannot
-- rewrite cookies, still apply the idle timeout.
CREATE TABLE staff_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  last_seen_at timestamptz(3) NOT NULL DEFAULT now(),
  ended_at timestamptz(3)
);
CREATE INDEX staff_sessions_user_id_idx ON staff_sessions (user_id);

-- rate-limiter-flexible's PostgreSQL store (its own layout), shared by every app
-- instance so that they agree on failed sign-ins. Keys are hashed, never e-mails.
CREATE TABLE login_throttle (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);

-- A clinician may override the computed disposition; the computed one stays beside it.
ALTER TABLE triage_results
  ADD COLUMN override_disposition disposition,
  ADD COLUMN override_reason text,
  ADD COLUMN overridden_by_id uuid REFERENCES staff_users (id) ON DELETE SET NULL,
  ADD COLUMN overridden_at timestamptz(3),
  ADD CONSTRAINT triage_results_override_has_reason CHECK (
    override_disposition IS NULL OR (length(btrim(override_reason)) > 0 AND overridden_at IS NOT NULL)
  );

-- Clinical notes are a record: added, never edited or removed.
CREATE FUNCTION staff_notes_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'staff_notes is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER staff_notes_no_update
  BEFORE UPDATE ON staff_notes
  FOR EACH ROW EXECUTE FUNCTION staff_notes_append_only();

-- The queue orders and filters submitted intakes by the latest triage result's
-- (possibly overridden) disposition, its review, and the booking's time and
-- therapist. Those live in three tables; triggers copy them onto the intake so
-- one index serves the queue's order and keyset pagination at any size.
ALTER TABLE intakes
  ADD COLUMN case_disposition disposition,
  ADD COLUMN case_reviewed boolean NOT NULL DEFAULT false,
  ADD COLUMN case_starts_at timestamptz(3),
  ADD COLUMN case_therapist_id uuid,
  ADD COLUMN case_region text;

CREATE FUNCTION intakes_case_from_booking() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  SELECT b.starts_at, b.therapist_id INTO NEW.case_starts_at, NEW.case_therapist_id
    FROM bookings b WHERE b.id = NEW.booking_id;
  NEW.case_region := NEW.answers ->> 'region';
  RETURN NEW;
END;
$$;
CREATE TRIGGER intakes_case_columns
  BEFORE INSERT OR UPDATE OF booking_id, answers ON intakes
  FOR EACH ROW EXECUTE FUNCTION intakes_case_from_booking();

CREATE FUNCTION bookings_case_to_intake() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE intakes SET case_starts_at = NEW.starts_at, case_therapist_id = NEW.therapist_id
    WHERE booking_id = NEW.id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER bookings_case_columns
  AFTER UPDATE OF starts_at, therapist_id ON bookings
  FOR EACH ROW WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.therapist_id IS DISTINCT FROM NEW.therapist_id)
  EXECUTE FUNCTION bookings_case_to_intake();

CREATE FUNCTION triage_results_case_to_intake() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE intakes i SET
      case_disposition = latest.effective,
      case_reviewed = latest.reviewed_at IS NOT NULL
    FROM (
      SELECT coalesce(t.override_disposition, t.disposition) AS effective, t.reviewed_at
        FROM triage_results t WHERE t.intake_id = NEW.intake_id
        ORDER BY t.created_at DESC, t.id DESC LIMIT 1
    ) latest
    WHERE i.id = NEW.intake_id;
  RETURN NULL;
END;
$$;
CREATE TRIGGER triage_results_case_columns
  AFTER INSERT OR UPDATE ON triage_results
  FOR EACH ROW EXECUTE FUNCTION triage_results_case_to_intake();

-- Fill the new columns for intakes that already exist.
UPDATE intakes i SET case_starts_at = b.starts_at, case_therapist_id = b.therapist_id, case_region = i.answers ->> 'region'
  FROM bookings b WHERE b.id = i.booking_id;
UPDATE intakes i SET case_disposition = latest.effective, case_reviewed = latest.reviewed_at IS NOT NULL
  FROM (
    SELECT DISTINCT ON (intake_id) intake_id, coalesce(override_disposition, disposition) AS effective, reviewed_at
      FROM triage_results ORDER BY intake_id, created_at DESC, id DESC
  ) latest
  WHERE latest.intake_id = i.id;

-- The enum's declared order is the clinical order, so ascending puts emergencies first.
-- INCLUDE lets the per-disposition counts and the filters read the index alone.
CREATE INDEX intakes_queue_idx ON intakes (case_disposition, case_starts_at, id)
  INCLUDE (case_reviewed, case_therapist_id, case_region) WHERE status = 'submitted';
CREATE INDEX intakes_queue_therapist_idx ON intakes (case_therapist_id, case_disposition, case_starts_at, id)
  INCLUDE (case_reviewed, case_region) WHERE status = 'submitted';
CREATE INDEX audit_events_occurred_at_idx ON audit_events (occurred_at DESC, id DESC);

-- Down Migration

DROP INDEX IF EXISTS audit_events_occurred_at_idx;
DROP INDEX IF EXISTS intakes_queue_therapist_idx;
DROP INDEX IF EXISTS intakes_queue_idx;
DROP TRIGGER IF EXISTS triage_results_case_columns ON triage_results;
DROP FUNCTION IF EXISTS triage_results_case_to_intake();
DROP TRIGGER IF EXISTS bookings_case_columns ON bookings;
DROP FUNCTION IF EXISTS bookings_case_to_intake();
DROP TRIGGER IF EXISTS intakes_case_columns ON intakes;
DROP FUNCTION IF EXISTS intakes_case_from_booking();
ALTER TABLE intakes
  DROP COLUMN IF EXISTS case_region,
  DROP COLUMN IF EXISTS case_therapist_id,
  DROP COLUMN IF EXISTS case_starts_at,
  DROP COLUMN IF EXISTS case_reviewed,
  DROP COLUMN IF EXISTS case_disposition;
DROP TRIGGER IF EXISTS staff_notes_no_update ON staff_notes;
DROP FUNCTION IF EXISTS staff_notes_append_only();
ALTER TABLE triage_results
  DROP CONSTRAINT IF EXISTS triage_results_override_has_reason,
  DROP COLUMN IF EXISTS overridden_at,
  DROP COLUMN IF EXISTS overridden_by_id,
  DROP COLUMN IF EXISTS override_reason,
  DROP COLUMN IF EXISTS override_disposition;
DROP TABLE IF EXISTS login_throttle;
DROP TABLE IF EXISTS staff_sessions;
ALTER TABLE staff_users DROP COLUMN IF EXISTS must_change_password;
