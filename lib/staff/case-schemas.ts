import { z } from "zod";

import { LEVELS } from "@/lib/triage/rule-types";
import { uuidSchema } from "@/lib/uuid";

// One schema per case form, used by the form (react-hook-form) and the server action alike.

export const noteSchema = z.object({
  body: z.string().trim().min(1, "Write the note before adding it").max(5000, "Keep a note under 5,000 characters"),
});
export type NoteInput = z.infer<typeof noteSchema>;

export const overrideSchema = z.object({
  disposition: z.enum(LEVELS, "Choose the disposition you judge right"),
  reason: z
    .string()
    .trim()
    .min(5, "Give the clinical reason for the override (at least 5 characters)")
    .max(1000, "Keep the reason under 1,000 characters"),
});
export type OverrideInput = z.infer<typeof overrideSchema>;

export const moveBookingSchema = z.object({
  therapistId: uuidSchema("Choose a therapist"),
});
export type MoveBookingInput = z.infer<typeof moveBookingSchema>;

/** A case's id as its page sends it; the data layer decides whether this user may touch it (not found otherwise). */
export const caseIdSchema = z.string().max(100);
