import { z } from "zod";

/** Minutes before an appointment, as the admin form writes them: hours, comma-separated ("48, 2"). */
export function hoursText(minutes: readonly number[]): string {
  return minutes.map((m) => String(Math.round((m / 60) * 100) / 100)).join(", ");
}

const MIN_MINUTES = 15;
const MAX_MINUTES = 14 * 24 * 60;

/**
 * "48, 2" → [2880, 120]; empty means none. Each value is hours before the appointment
 * (a quarter of an hour to 14 days), at most five; the ranges match the database's CHECK.
 */
const hoursList = (what: string) =>
  z.string().transform((text, ctx): number[] => {
    const parts = text.split(/[,\s]+/).filter(Boolean);
    if (parts.length > 5) {
      ctx.addIssue({ code: "custom", message: `Give at most 5 times for ${what}` });
      return z.NEVER;
    }
    const minutes: number[] = [];
    for (const part of parts) {
      const hours = Number(part);
      const m = Math.round(hours * 60);
      if (!/^\d+(\.\d+)?$/.test(part) || m < MIN_MINUTES || m > MAX_MINUTES) {
        ctx.addIssue({
          code: "custom",
          message: `“${part.slice(0, 20)}” is not a number of hours between 0.25 and 336: write hours before the appointment, like 48, 2`,
        });
        return z.NEVER;
      }
      minutes.push(m);
    }
    return [...new Set(minutes)].sort((a, b) => b - a);
  });

/** The admin form's schema, shared by the form and its server action. */
export const messageOffsetsSchema = z.object({
  reminders: hoursList("reminders"),
  chases: hoursList("questionnaire reminders"),
});

export type MessageOffsets = z.output<typeof messageOffsetsSchema>;
