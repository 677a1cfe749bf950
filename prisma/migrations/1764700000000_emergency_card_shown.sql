-- Up Migration

-- The emergency care card is shown as soon as the answers so far call for it, not
-- only after sending: the clinic keeps when it was first shown, on which step ("review"
-- when it came with sending the answers), and which emergency rules it named, so it is
-- shown again only for a new one.
ALTER TABLE intakes
  ADD COLUMN emergency_card_shown_at timestamptz(3),
  ADD COLUMN emergency_card_step text CHECK (emergency_card_step ~ '^[A-H]$|^review$'),
  ADD COLUMN emergency_card_rules text[] NOT NULL DEFAULT '{}',
  ADD CONSTRAINT intakes_emergency_card_step_with_time
    CHECK ((emergency_card_shown_at IS NULL) = (emergency_card_step IS NULL));

-- Down Migration

ALTER TABLE intakes
  DROP CONSTRAINT IF EXISTS intakes_emergency_card_step_with_time,
  DROP COLUMN IF EXISTS emergency_card_rules,
  DROP COLUMN IF EXISTS emergency_card_step,
  DROP COLUMN IF EXISTS emergency_card_shown_at;
