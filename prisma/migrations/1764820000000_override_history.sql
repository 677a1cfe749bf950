-- Up Migration

-- A clinician's override of the computed disposition was four columns on the
-- triage result, so a second override replaced the first. Every override is now
-- its own row, never changed: the current one is the latest for the case's
-- current triage result (newest created_at, then greatest id), and the case page
-- lists them all. previous_disposition is the effective disposition the override
-- replaced, so the history reads "from → to, because …" without recomputing.
CREATE TABLE triage_overrides (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  triage_result_id uuid NOT NULL REFERENCES triage_results (id) ON DELETE CASCADE,
  intake_id uuid NOT NULL REFERENCES intakes (id) ON DELETE CASCADE,
  previous_disposition disposition NOT NULL,
  disposition disposition NOT NULL,
  reason text NOT NULL CHECK (length(btrim(reason)) > 0),
  overridden_by_id uuid REFERENCES staff_users (id) ON DELETE SET NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX triage_overrides_triage_result_id_created_at_idx ON triage_overrides (triage_result_id, created_at);

-- Added, never edited: a record of clinical decisions. (They go only with their
-- case, through the cascade, as the case's notes do.)
CREATE FUNCTION triage_overrides_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'triage_overrides is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER triage_overrides_no_update
  BEFORE UPDATE ON triage_overrides
  FOR EACH ROW EXECUTE FUNCTION triage_overrides_append_only();

INSERT INTO triage_overrides (triage_result_id, intake_id, previous_disposition, disposition, reason, overridden_by_id, created_at)
  SELECT id, intake_id, disposition, override_disposition, override_reason, overridden_by_id, overridden_at
    FROM triage_results WHERE override_disposition IS NOT NULL;

-- The view keeps its columns; the override ones now come from the latest override.
-- (Its `t.*` was expanded to every column when it was made, so it is made again.)
DROP VIEW current_triage;
ALTER TABLE triage_results
  DROP CONSTRAINT triage_results_override_has_reason,
  DROP COLUMN override_disposition,
  DROP COLUMN override_reason,
  DROP COLUMN overridden_by_id,
  DROP COLUMN overridden_at;
CREATE VIEW current_triage AS
SELECT r.id, i.id AS intake_id, r.disposition,
       coalesce(o.disposition, r.disposition) AS effective_disposition,
       r.flags, r.suspected, r.scores, r.questionnaire_version, r.rules_version, r.created_at,
       r.reviewed_by_id, r.reviewed_at,
       o.disposition AS override_disposition, o.reason AS override_reason,
       o.overridden_by_id, o.created_at AS overridden_at
  FROM intakes i
  CROSS JOIN LATERAL (
    SELECT t.* FROM triage_results t
     WHERE t.intake_id = i.id
     ORDER BY t.created_at DESC, t.id DESC
     LIMIT 1
  ) r
  LEFT JOIN LATERAL (
    SELECT v.* FROM triage_overrides v
     WHERE v.triage_result_id = r.id
     ORDER BY v.created_at DESC, v.id DESC
     LIMIT 1
  ) o ON true;

-- The queue's copy of the effective disposition follows a new override too.
CREATE TRIGGER triage_overrides_case_columns
  AFTER INSERT ON triage_overrides
  FOR EACH ROW EXECUTE FUNCTION triage_results_case_to_intake();

-- The audit event of a change says what changed (for an override: from, to, why).
ALTER TABLE audit_events ADD COLUMN details jsonb;

-- Down Migration

ALTER TABLE audit_events DROP COLUMN IF EXISTS details;
DROP TRIGGER IF EXISTS triage_overrides_case_columns ON triage_overrides;
DROP VIEW IF EXISTS current_triage;
ALTER TABLE triage_results
  ADD COLUMN override_disposition disposition,
  ADD COLUMN override_reason text,
  ADD COLUMN overridden_by_id uuid REFERENCES staff_users (id) ON DELETE SET NULL,
  ADD COLUMN overridden_at timestamptz(3),
  ADD CONSTRAINT triage_results_override_has_reason CHECK (
    override_disposition IS NULL OR (length(btrim(override_reason)) > 0 AND overridden_at IS NOT NULL)
  );
UPDATE triage_results r SET
    override_disposition = o.disposition, override_reason = o.reason,
    overridden_by_id = o.overridden_by_id, overridden_at = o.created_at
  FROM (
    SELECT DISTINCT ON (triage_result_id) * FROM triage_overrides
     ORDER BY triage_result_id, created_at DESC, id DESC
  ) o
  WHERE o.triage_result_id = r.id;
CREATE VIEW current_triage AS
SELECT r.id, i.id AS intake_id, r.disposition,
       coalesce(r.override_disposition, r.disposition) AS effective_disposition,
       r.flags, r.suspected, r.scores, r.questionnaire_version, r.rules_version, r.created_at,
       r.reviewed_by_id, r.reviewed_at,
       r.override_disposition, r.override_reason, r.overridden_by_id, r.overridden_at
  FROM intakes i
  CROSS JOIN LATERAL (
    SELECT t.* FROM triage_results t
     WHERE t.intake_id = i.id
     ORDER BY t.created_at DESC, t.id DESC
     LIMIT 1
  ) r;
DROP TABLE IF EXISTS triage_overrides;
DROP FUNCTION IF EXISTS triage_overrides_append_only();
