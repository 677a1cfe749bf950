-- Up Migration

-- "An intake's current triage result" is its latest row in triage_results: the
-- newest created_at, and of two made in the same millisecond the greater id, so
-- every reader picks the same row. The effective disposition is a clinician's
-- override when there is one, else the computed one. This view is the one place
-- that says so; the staff queue, the case page, the patient's own page and the
-- trigger below all read it.
--
-- Written as a LIMIT 1 per intake rather than DISTINCT ON: the planner can push
-- a WHERE on a DISTINCT ON column into the view, but not a join condition, so
-- `JOIN current_triage t ON t.intake_id = i.id` over a DISTINCT ON view would
-- rank every triage result on each queue page. Here intake_id is intakes.id, so
-- the same join becomes a primary-key lookup and one backward scan of
-- triage_results_intake_id_created_at_idx per intake.
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

-- The staff dashboard's trigger, unchanged in effect, now reads the view.
CREATE OR REPLACE FUNCTION triage_results_case_to_intake() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE intakes i SET
      case_disposition = c.effective_disposition,
      case_reviewed = c.reviewed_at IS NOT NULL
    FROM current_triage c
    WHERE c.intake_id = NEW.intake_id AND i.id = NEW.intake_id;
  RETURN NULL;
END;
$$;

-- Down Migration

CREATE OR REPLACE FUNCTION triage_results_case_to_intake() RETURNS trigger
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
DROP VIEW IF EXISTS current_triage;
