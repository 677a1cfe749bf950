/** Matches no therapist: the scope of a staff user who has no therapist profile. */
export const NO_THERAPIST = "00000000-0000-0000-0000-000000000000";
