import { z } from "zod";

import { uuidSchema } from "@/lib/uuid";

function whole(what: string, min: number, max: number) {
  const message = `Enter ${what} as a whole number from ${min} to ${max}`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

/** An appointment type as the admin edits it; the limits match the database's CHECK constraints. */
export const appointmentTypeSchema = z.object({
  id: uuidSchema(),
  name: z.string().trim().min(1, "Enter the name patients see").max(80, "Keep the name to 80 characters"),
  description: z.string().trim().max(500, "Keep the description to 500 characters"),
  minutes: whole("the length in minutes", 5, 480),
  bufferBeforeMinutes: whole("the minutes before", 0, 120),
  bufferAfterMinutes: whole("the minutes after", 0, 120),
  /** Typed in pounds and pence ("45" or "45.50"); stored in pence. */
  price: z
    .string()
    .trim()
    .regex(/^\d{1,5}(\.\d{1,2})?$/, "Enter the price like 45 or 45.50"),
  active: z.boolean(),
  minNoticeMinutes: whole("the notice in minutes", 0, 43200),
  horizonDays: whole("the number of days", 1, 366),
  slotStepMinutes: whole("the step in minutes", 5, 240),
  cancelCutoffMinutes: whole("the cut-off in minutes", 0, 43200),
});
export type AppointmentTypeInput = z.infer<typeof appointmentTypeSchema>;

/** "45.5" → 4550 pence, without floating-point rounding. */
export function priceToMinor(price: string): number {
  const [pounds, pence = ""] = price.trim().split(".");
  return Number(pounds) * 100 + Number(pence.padEnd(2, "0"));
}

/** 4550 → "45.50". */
export function minorToPrice(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
}
