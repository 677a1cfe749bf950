import "server-only";

import type { StaffActor } from "@/lib/auth/actor";

import { toMinutes } from "./clock";
import { deleteTimeOff, insertTimeOff, replaceWeeklyHours } from "./data/therapist-hours";
import type { TimeOffInput, WeeklyHoursInput } from "./hours-schema";
import { refreshSchedules } from "./refresh";
import { nudgeWaitlist } from "@/lib/waitlist/nudge";

/** Saves a therapist's week; public free times change at once. */
export async function saveWeeklyHours(actor: StaffActor, input: WeeklyHoursInput): Promise<void> {
  const rules = input.days.flatMap((day, index) =>
    day.ranges.map((r) => ({ weekday: index + 1, startMinutes: toMinutes(r.start), endMinutes: toMinutes(r.end) })),
  );
  await replaceWeeklyHours(actor, input.therapistId, rules);
  refreshSchedules();
}

export async function addTimeOff(actor: StaffActor, input: TimeOffInput): Promise<void> {
  await insertTimeOff(actor, {
    therapistId: input.therapistId,
    date: input.date,
    startMinutes: input.allDay ? null : toMinutes(input.start),
    endMinutes: input.allDay ? null : toMinutes(input.end),
    reason: input.reason,
  });
  refreshSchedules();
}

export async function removeTimeOff(actor: StaffActor, therapistId: string, overrideId: string): Promise<void> {
  await deleteTimeOff(actor, therapistId, overrideId);
  refreshSchedules();
  await nudgeWaitlist();
}
