-- Up Migration

-- A patient withdrawing consent from their manage link: the questionnaire stays (the
-- consent text version it was given under is kept in consent_text_version) but is no
-- longer used for new purposes, and its answers leave every export from then on.
ALTER TABLE intakes ADD COLUMN consent_withdrawn_at timestamptz(3);

-- Erasure (by an admin, or the retention job when erased_by is NULL): the patient's
-- name, e-mail, phone and date of birth, their free-text answers and notes are removed;
-- appointment times, dispositions and the audit trail stay.
ALTER TABLE patients
  ADD COLUMN erased_at timestamptz(3),
  ADD COLUMN erased_by uuid REFERENCES staff_users (id) ON DELETE SET NULL;

-- How long records are kept after a patient's last appointment before the retention job
-- anonymises them (UK adult physiotherapy records: 8 years).
ALTER TABLE clinic_settings
  ADD COLUMN retention_years integer NOT NULL DEFAULT 8 CHECK (retention_years BETWEEN 1 AND 100);

-- Clinical notes stay append-only, with one exception: erasure blanks a note's text and
-- marks it erased, changing nothing else.
ALTER TABLE staff_notes ADD COLUMN erased_at timestamptz(3);
ALTER TABLE staff_notes DROP CONSTRAINT staff_notes_body_check;
ALTER TABLE staff_notes ADD CONSTRAINT staff_notes_body_check
  CHECK (length(body) <= 5000 AND (length(body) >= 1 OR erased_at IS NOT NULL));
CREATE OR REPLACE FUNCTION staff_notes_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL AND NEW.body = ''
     AND NEW.id = OLD.id AND NEW.intake_id = OLD.intake_id AND NEW.author_id = OLD.author_id
     AND NEW.created_at = OLD.created_at THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'staff_notes is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Down Migration

CREATE OR REPLACE FUNCTION staff_notes_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'staff_notes is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
ALTER TABLE staff_notes DROP CONSTRAINT IF EXISTS staff_notes_body_check;
ALTER TABLE staff_notes DROP COLUMN IF EXISTS erased_at;
ALTER TABLE staff_notes ADD CONSTRAINT staff_notes_body_check CHECK (length(body) BETWEEN 1 AND 5000);
ALTER TABLE clinic_settings DROP COLUMN IF EXISTS retention_years;
ALTER TABLE patients DROP COLUMN IF EXISTS erased_by, DROP COLUMN IF EXISTS erased_at;
ALTER TABLE intakes DROP COLUMN IF EXISTS consent_withdrawn_at;
