-- Up Migration

-- The step a patient reached, so a draft resumes where they stopped, on any device.
ALTER TABLE intakes ADD COLUMN draft_step text CHECK (draft_step ~ '^[A-H]$|^review$');

-- Down Migration

ALTER TABLE intakes DROP COLUMN IF EXISTS draft_step;
