-- Up Migration

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE staff_role AS ENUM ('admin', 'therapist');
CREATE TYPE booking_status AS ENUM ('booked', 'cancelled', 'completed', 'no_show');
CREATE TYPE override_kind AS ENUM ('time_off', 'extra_hours');
CREATE TYPE intake_status AS ENUM ('draft', 'submitted');
CREATE TYPE disposition AS ENUM ('emergency', 'urgent', 'soon', 'routine');

CREATE TABLE clinic_settings (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  name text NOT NULL,
  time_zone text NOT NULL DEFAULT 'Europe/London',
  address text NOT NULL,
  phone text NOT NULL,
  email text NOT NULL,
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);

CREATE TABLE staff_users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  name text NOT NULL,
  password_hash text NOT NULL,
  role staff_role NOT NULL,
  active boolean NOT NULL DEFAULT true,
  session_version integer NOT NULL DEFAULT 1,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  -- Sign-in looks e-mails up lower-cased; storing them that way keeps one account per address.
  CONSTRAINT staff_users_email_lower CHECK (email = lower(email))
);
CREATE UNIQUE INDEX staff_users_email_key ON staff_users (email);

CREATE TABLE therapists (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL,
  staff_user_id uuid REFERENCES staff_users (id) ON DELETE SET NULL,
  display_name text NOT NULL,
  bio text NOT NULL DEFAULT '',
  specialities text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX therapists_slug_key ON therapists (slug);
CREATE UNIQUE INDEX therapists_staff_user_id_key ON therapists (staff_user_id);

CREATE TABLE appointment_types (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  minutes integer NOT NULL CHECK (minutes BETWEEN 5 AND 480),
  buffer_before_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_before_minutes BETWEEN 0 AND 120),
  buffer_after_minutes integer NOT NULL DEFAULT 0 CHECK (buffer_after_minutes BETWEEN 0 AND 120),
  price_minor integer NOT NULL CHECK (price_minor >= 0),
  currency text NOT NULL DEFAULT 'GBP' CHECK (currency ~ '^[A-Z]{3}$'),
  active boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX appointment_types_slug_key ON appointment_types (slug);

CREATE TABLE availability_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  therapist_id uuid NOT NULL REFERENCES therapists (id) ON DELETE CASCADE,
  weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minutes integer NOT NULL CHECK (start_minutes BETWEEN 0 AND 1440),
  end_minutes integer NOT NULL CHECK (end_minutes BETWEEN 0 AND 1440),
  CONSTRAINT availability_rules_order CHECK (start_minutes < end_minutes)
);
CREATE INDEX availability_rules_therapist_id_weekday_idx ON availability_rules (therapist_id, weekday);

CREATE TABLE availability_overrides (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  therapist_id uuid NOT NULL REFERENCES therapists (id) ON DELETE CASCADE,
  date date NOT NULL,
  kind override_kind NOT NULL,
  start_minutes integer CHECK (start_minutes BETWEEN 0 AND 1440),
  end_minutes integer CHECK (end_minutes BETWEEN 0 AND 1440),
  reason text NOT NULL DEFAULT '',
  -- Both times or neither; time off without times means the whole day, extra hours always need times.
  CONSTRAINT availability_overrides_times CHECK (
    (start_minutes IS NULL AND end_minutes IS NULL AND kind = 'time_off')
    OR (start_minutes IS NOT NULL AND end_minutes IS NOT NULL AND start_minutes < end_minutes)
  )
);
CREATE INDEX availability_overrides_therapist_id_date_idx ON availability_overrides (therapist_id, date);

CREATE TABLE patients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  email text NOT NULL,
  phone text NOT NULL,
  date_of_birth date,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX patients_email_idx ON patients (email);

CREATE TABLE bookings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  therapist_id uuid NOT NULL REFERENCES therapists (id) ON DELETE RESTRICT,
  appointment_type_id uuid NOT NULL REFERENCES appointment_types (id) ON DELETE RESTRICT,
  patient_id uuid NOT NULL REFERENCES patients (id) ON DELETE RESTRICT,
  starts_at timestamptz(3) NOT NULL,
  ends_at timestamptz(3) NOT NULL,
  blocked_from timestamptz(3) NOT NULL,
  blocked_until timestamptz(3) NOT NULL,
  status booking_status NOT NULL DEFAULT 'booked',
  manage_token_hash text NOT NULL,
  idempotency_key text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  cancelled_at timestamptz(3),
  CONSTRAINT bookings_time_order CHECK (starts_at < ends_at),
  CONSTRAINT bookings_blocked_covers CHECK (blocked_from <= starts_at AND blocked_until >= ends_at),
  -- The guarantee against double booking lives here, not in application code:
  -- two live bookings of one therapist can never share a moment, buffers included.
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (
    therapist_id WITH =,
    tstzrange(blocked_from, blocked_until, '[)') WITH &&
  ) WHERE (status <> 'cancelled')
);
CREATE UNIQUE INDEX bookings_manage_token_hash_key ON bookings (manage_token_hash);
CREATE UNIQUE INDEX bookings_idempotency_key_key ON bookings (idempotency_key);
CREATE INDEX bookings_therapist_id_starts_at_idx ON bookings (therapist_id, starts_at);
CREATE INDEX bookings_starts_at_idx ON bookings (starts_at);

CREATE TABLE intakes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
  status intake_status NOT NULL DEFAULT 'draft',
  answers jsonb NOT NULL DEFAULT '{}',
  questionnaire_version integer NOT NULL,
  consent_text_version integer,
  consented_at timestamptz(3),
  submitted_at timestamptz(3),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now(),
  CONSTRAINT intakes_answers_object CHECK (jsonb_typeof(answers) = 'object'),
  -- A submitted intake always carries its submission time (the "now" of triage) and consent.
  CONSTRAINT intakes_submitted_complete CHECK (
    status = 'draft'
    OR (submitted_at IS NOT NULL AND consented_at IS NOT NULL AND consent_text_version IS NOT NULL)
  )
);
CREATE UNIQUE INDEX intakes_booking_id_key ON intakes (booking_id);

CREATE TABLE triage_results (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  intake_id uuid NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
  disposition disposition NOT NULL,
  flags jsonb NOT NULL,
  suspected jsonb NOT NULL,
  scores jsonb NOT NULL,
  questionnaire_version integer NOT NULL,
  rules_version integer NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  reviewed_by_id uuid REFERENCES staff_users (id) ON DELETE SET NULL,
  reviewed_at timestamptz(3),
  CONSTRAINT triage_results_shapes CHECK (
    jsonb_typeof(flags) = 'array' AND jsonb_typeof(suspected) = 'array' AND jsonb_typeof(scores) = 'object'
  )
);
CREATE INDEX triage_results_intake_id_created_at_idx ON triage_results (intake_id, created_at);
CREATE INDEX triage_results_disposition_reviewed_at_idx ON triage_results (disposition, reviewed_at);

CREATE TABLE staff_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  intake_id uuid NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES staff_users (id) ON DELETE RESTRICT,
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX staff_notes_intake_id_created_at_idx ON staff_notes (intake_id, created_at);

CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  actor_id uuid REFERENCES staff_users (id) ON DELETE RESTRICT,
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id text NOT NULL,
  occurred_at timestamptz(3) NOT NULL DEFAULT now(),
  ip text,
  user_agent text
);
CREATE INDEX audit_events_subject_type_subject_id_idx ON audit_events (subject_type, subject_id);
CREATE INDEX audit_events_actor_id_occurred_at_idx ON audit_events (actor_id, occurred_at);

-- The audit trail is evidence: once written, no one edits or removes it, not even the app.
CREATE FUNCTION audit_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- Down Migration

DROP TABLE IF EXISTS audit_events, staff_notes, triage_results, intakes, bookings, patients,
  availability_overrides, availability_rules, appointment_types, therapists, staff_users,
  clinic_settings;
DROP FUNCTION IF EXISTS audit_events_append_only();
DROP TYPE IF EXISTS disposition, intake_status, override_kind, booking_status, staff_role;
