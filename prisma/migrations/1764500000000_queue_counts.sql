-- Up Migration

-- The queue shows, beside its page, how many cases there are per disposition
-- (and how many are not yet reviewed) under the other filters. Counting them
-- from intakes reads every submitted intake on every view: at 100,000 cases a
-- full scan per request, which `npm run bench:staff` measured at under 10
-- pages a second. This table keeps the totals per therapist, disposition,
-- region and review state, maintained by a trigger on intakes (whose case_*
-- columns the staff dashboard's triggers already keep current), so the counts
-- add up at most a few hundred rows. Date filters still count on the queue index.
CREATE TABLE intake_queue_counts (
  therapist_id uuid NOT NULL,
  disposition disposition NOT NULL,
  -- '' when the intake names no region (a key column cannot be NULL).
  region text NOT NULL,
  reviewed boolean NOT NULL,
  -- No CHECK (total >= 0): PostgreSQL checks the proposed row of an INSERT … ON
  -- CONFLICT before it finds the conflict, and a move proposes -1 for the old key.
  total integer NOT NULL,
  PRIMARY KEY (therapist_id, disposition, region, reviewed)
) WITH (fillfactor = 50); -- room on each page for HOT updates of total

-- One statement moves a case from its old key to its new one, in key order, so
-- two transactions moving cases in opposite directions cannot deadlock.
CREATE FUNCTION intakes_queue_counts() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO intake_queue_counts AS c (therapist_id, disposition, region, reviewed, total)
  SELECT k.therapist_id, k.disposition, k.region, k.reviewed, sum(k.delta)
    FROM (
      SELECT OLD.case_therapist_id AS therapist_id, OLD.case_disposition AS disposition,
             coalesce(OLD.case_region, '') AS region, OLD.case_reviewed AS reviewed, -1 AS delta
       WHERE TG_OP <> 'INSERT' AND OLD.status = 'submitted' AND OLD.case_disposition IS NOT NULL AND OLD.case_therapist_id IS NOT NULL
      UNION ALL
      SELECT NEW.case_therapist_id, NEW.case_disposition, coalesce(NEW.case_region, ''), NEW.case_reviewed, 1
       WHERE TG_OP <> 'DELETE' AND NEW.status = 'submitted' AND NEW.case_disposition IS NOT NULL AND NEW.case_therapist_id IS NOT NULL
    ) k
   GROUP BY 1, 2, 3, 4
  HAVING sum(k.delta) <> 0
   ORDER BY 1, 2, 3, 4
  ON CONFLICT (therapist_id, disposition, region, reviewed) DO UPDATE SET total = c.total + EXCLUDED.total;
  RETURN NULL;
END;
$$;
CREATE TRIGGER intakes_queue_counts_insert_delete
  AFTER INSERT OR DELETE ON intakes
  FOR EACH ROW EXECUTE FUNCTION intakes_queue_counts();
-- Not "UPDATE OF …": intakes_case_columns (a BEFORE trigger) changes case_region
-- when only answers are set, and WHEN sees the row as it is finally written.
CREATE TRIGGER intakes_queue_counts_update
  AFTER UPDATE ON intakes
  FOR EACH ROW WHEN (
    (OLD.status, OLD.case_disposition, OLD.case_therapist_id, OLD.case_region, OLD.case_reviewed)
      IS DISTINCT FROM (NEW.status, NEW.case_disposition, NEW.case_therapist_id, NEW.case_region, NEW.case_reviewed)
  )
  EXECUTE FUNCTION intakes_queue_counts();

INSERT INTO intake_queue_counts (therapist_id, disposition, region, reviewed, total)
SELECT case_therapist_id, case_disposition, coalesce(case_region, ''), case_reviewed, count(*)
  FROM intakes
 WHERE status = 'submitted' AND case_disposition IS NOT NULL AND case_therapist_id IS NOT NULL
 GROUP BY 1, 2, 3, 4;

-- "Not reviewed" is the queue's working view. On intakes_queue_idx the review
-- state is only an INCLUDE column, which a plain index scan cannot filter on:
-- bench:staff's urgent/not reviewed/knee page read ~6,900 intakes from the heap
-- to find 51. This index holds only the cases still to review, in queue order.
CREATE INDEX intakes_queue_unreviewed_idx ON intakes (case_disposition, case_starts_at, id)
  INCLUDE (case_therapist_id, case_region) WHERE status = 'submitted' AND NOT case_reviewed;

-- Down Migration

DROP INDEX IF EXISTS intakes_queue_unreviewed_idx;
DROP TRIGGER IF EXISTS intakes_queue_counts_update ON intakes;
DROP TRIGGER IF EXISTS intakes_queue_counts_insert_delete ON intakes;
DROP FUNCTION IF EXISTS intakes_queue_counts();
DROP TABLE IF EXISTS intake_queue_counts;
