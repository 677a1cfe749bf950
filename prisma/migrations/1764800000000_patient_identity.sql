-- Up Migration

-- A public booking no longer finds its patient by e-mail and name: whoever types an
-- existing patient's name and e-mail would otherwise rewrite that patient's phone and join
-- their questionnaires to that patient's history. Every public booking gets its own patient
-- record with the details typed for it; records are joined only on proof (patient_links).
DROP INDEX IF EXISTS patients_identity_key;
CREATE INDEX patients_email_lower_idx ON patients (lower(email));

-- Two patient records known to be the same person: the patient confirmed through a link
-- e-mailed to the address (linked_by NULL), or an admin linked them. One row per pair, the
-- smaller id first; unlinking deletes the row (the audit trail keeps both events).
CREATE TABLE patient_links (
  patient_a uuid NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
  patient_b uuid NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
  linked_by uuid REFERENCES staff_users (id) ON DELETE RESTRICT,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY (patient_a, patient_b),
  CONSTRAINT patient_links_ordered CHECK (patient_a < patient_b)
);
CREATE INDEX patient_links_patient_b_idx ON patient_links (patient_b);

-- "Is this you? Link my visits": a single-use, expiring token e-mailed with a booking whose
-- name and e-mail match earlier records. Only its SHA-256 is kept.
CREATE TABLE patient_link_tokens (
  token_hash text PRIMARY KEY,
  patient_id uuid NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
  expires_at timestamptz(3) NOT NULL,
  used_at timestamptz(3),
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX patient_link_tokens_patient_id_idx ON patient_link_tokens (patient_id);

-- An Idempotency-Key is bound to an HMAC of the request body it first booked, and expires
-- after 24 hours (expired rows are deleted on the next keyed booking).
CREATE TABLE idempotency_keys (
  key text PRIMARY KEY,
  fingerprint text NOT NULL,
  booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
  reply text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
CREATE INDEX idempotency_keys_booking_id_idx ON idempotency_keys (booking_id);

-- Earlier public keys carry no fingerprint: they are forgotten (a retry of one books anew).
UPDATE bookings SET idempotency_key = NULL WHERE idempotent_reply IS NOT NULL;
ALTER TABLE bookings DROP COLUMN idempotent_reply;

-- Down Migration

ALTER TABLE bookings ADD COLUMN IF NOT EXISTS idempotent_reply text;
DROP TABLE IF EXISTS idempotency_keys;
DROP TABLE IF EXISTS patient_link_tokens;
DROP TABLE IF EXISTS patient_links;
DROP INDEX IF EXISTS patients_email_lower_idx;
