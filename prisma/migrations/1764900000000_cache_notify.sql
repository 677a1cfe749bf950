-- Up Migration

-- Several instances share this database and each caches what public pages, the
-- catalogue and free times are computed from (lib/cache/cache-handler.mjs). Any
-- change to those tables, by any instance, `npm run clinic` or SQL typed by hand,
-- must reach every instance's cache: a trigger NOTIFYs the cache tag the table
-- feeds (the tags are the constants CLINIC_TAG, CATALOGUE_TAG and SCHEDULES_TAG;
-- lib/cache/cache-notify.test.ts checks they match), delivered at commit.
--
-- The same trigger counts the change in cache_version. A booking made from cached
-- schedules names the version it read, and its insert checks that version under a
-- share lock (stride_check_data_version), so a booking is never accepted against
-- hours, time off or rules that have changed since they were cached.
CREATE TABLE cache_version (
  id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  version bigint NOT NULL DEFAULT 0
);
INSERT INTO cache_version DEFAULT VALUES;

CREATE FUNCTION stride_public_data_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cache_version SET version = version + 1 WHERE id = 1;
  PERFORM pg_notify('stride_cache', TG_ARGV[0]);
  RETURN NULL;
END;
$$;

CREATE TRIGGER clinic_settings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON clinic_settings
  FOR EACH STATEMENT EXECUTE FUNCTION stride_public_data_changed('clinic-settings');
CREATE TRIGGER appointment_types_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON appointment_types
  FOR EACH STATEMENT EXECUTE FUNCTION stride_public_data_changed('catalogue');
CREATE TRIGGER therapists_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON therapists
  FOR EACH STATEMENT EXECUTE FUNCTION stride_public_data_changed('catalogue');
CREATE TRIGGER therapist_appointment_types_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON therapist_appointment_types
  FOR EACH STATEMENT EXECUTE FUNCTION stride_public_data_changed('catalogue');
CREATE TRIGGER availability_rules_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON availability_rules
  FOR EACH STATEMENT EXECUTE FUNCTION stride_public_data_changed('schedules');
CREATE TRIGGER availability_overrides_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON availability_overrides
  FOR EACH STATEMENT EXECUTE FUNCTION stride_public_data_changed('schedules');

-- Raises SQLSTATE SR001 unless the data version is still `expected`. FOR SHARE makes
-- a change in progress finish first (its UPDATE holds the row), and then compares
-- with the committed version, so the check cannot pass on a version being replaced.
CREATE FUNCTION stride_check_data_version(expected bigint) RETURNS boolean
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM cache_version WHERE id = 1 AND version = expected FOR SHARE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the schedule changed since it was read' USING ERRCODE = 'SR001';
  END IF;
  RETURN true;
END;
$$;
