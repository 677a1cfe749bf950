// Ids and levels of the safety rules in triage rules version 1
// (shared/specs/intake-and-triage.md §2). Content that tells patients when to
// get urgent help cites these ids, so the advice and the triage stay in step.

export const RED_FLAG_LEVELS = {
  E1: "emergency",
  E2: "emergency",
  E3: "emergency",
  E4: "emergency",
  E5: "emergency",
  U1: "urgent",
  U2: "urgent",
  U3: "urgent",
  U4: "urgent",
  U5: "urgent",
  U6: "urgent",
  U7: "urgent",
  U8: "urgent",
  U9: "urgent",
  U10: "urgent",
  U11: "urgent",
  U12: "urgent",
} as const;

export type RedFlagId = keyof typeof RED_FLAG_LEVELS;
export const RED_FLAG_IDS = Object.keys(RED_FLAG_LEVELS) as [RedFlagId, ...RedFlagId[]];
