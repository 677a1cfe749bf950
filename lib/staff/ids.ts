// Ids reach staff code from URLs and forged action calls: anything that is not
// a UUID is refused before it can reach a uuid-typed query (which would throw).
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** Matches no therapist: the scope of a staff user who has no therapist profile. */
export const NO_THERAPIST = "00000000-0000-0000-0000-000000000000";
