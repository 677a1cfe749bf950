import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";

const RULES = {
  orderBy: [{ weekday: "asc" as const }, { startMinutes: "asc" as const }],
  select: { weekday: true, startMinutes: true, endMinutes: true },
};

export interface TherapistHours {
  id: string;
  displayName: string;
  active: boolean;
  rules: { weekday: number; startMinutes: number; endMinutes: number }[];
}

/** Every therapist profile with its weekly hours, for the hours overview. */
export async function listTherapistHours(actor: StaffActor): Promise<TherapistHours[]> {
  assertActor(actor, "admin");
  const rows = await db.therapist.findMany({
    orderBy: [{ sortOrder: "asc" }, { displayName: "asc" }],
    select: { id: true, displayName: true, active: true, availabilityRules: RULES },
  });
  return rows.map(({ availabilityRules, ...t }) => ({ ...t, rules: availabilityRules }));
}

export interface DatedOverrideRow {
  id: string;
  date: string;
  kind: "time_off" | "extra_hours";
  startMinutes: number | null;
  endMinutes: number | null;
  reason: string;
}

/** One therapist's weekly hours and their dated exceptions from `fromDate` (clinic-local) on. */
export async function therapistSchedule(
  actor: StaffActor,
  therapistId: string,
  fromDate: string,
): Promise<(TherapistHours & { overrides: DatedOverrideRow[] }) | null> {
  assertActor(actor, "admin");
  const therapist = await db.therapist.findUnique({
    where: { id: therapistId },
    select: {
      id: true,
      displayName: true,
      active: true,
      availabilityRules: RULES,
      overrides: {
        where: { date: { gte: new Date(`${fromDate}T00:00:00Z`) } },
        orderBy: [{ date: "asc" }, { startMinutes: "asc" }],
        select: { id: true, date: true, kind: true, startMinutes: true, endMinutes: true, reason: true },
      },
    },
  });
  if (!therapist) return null;
  const { availabilityRules, overrides, ...rest } = therapist;
  return {
    ...rest,
    rules: availabilityRules,
    overrides: overrides.map((o) => ({ ...o, date: o.date.toISOString().slice(0, 10) })),
  };
}

/** Replaces a therapist's whole week in one transaction, so slots never see half a change. */
export async function replaceWeeklyHours(
  actor: StaffActor,
  therapistId: string,
  rules: { weekday: number; startMinutes: number; endMinutes: number }[],
): Promise<void> {
  assertActor(actor, "admin");
  await db.$transaction(async (tx) => {
    await tx.therapist.findUniqueOrThrow({ where: { id: therapistId }, select: { id: true } });
    await tx.availabilityRule.deleteMany({ where: { therapistId } });
    await tx.availabilityRule.createMany({ data: rules.map((rule) => ({ therapistId, ...rule })) });
    await recordAudit(tx, actor, "hours.update", "therapist", therapistId);
  });
}

export interface TimeOffRecord {
  therapistId: string;
  date: string;
  startMinutes: number | null;
  endMinutes: number | null;
  reason: string;
}

export async function insertTimeOff(actor: StaffActor, record: TimeOffRecord): Promise<{ id: string }> {
  assertActor(actor, "admin");
  return db.$transaction(async (tx) => {
    const row = await tx.availabilityOverride.create({
      data: { ...record, date: new Date(`${record.date}T00:00:00Z`), kind: "time_off" },
      select: { id: true },
    });
    await recordAudit(tx, actor, "time_off.add", "therapist", record.therapistId);
    return row;
  });
}

/** Removes one time-off entry of this therapist (an id of another therapist's entry removes nothing). */
export async function deleteTimeOff(actor: StaffActor, therapistId: string, overrideId: string): Promise<void> {
  assertActor(actor, "admin");
  await db.$transaction(async (tx) => {
    const removed = await tx.availabilityOverride.deleteMany({
      where: { id: overrideId, therapistId, kind: "time_off" },
    });
    if (removed.count > 0) await recordAudit(tx, actor, "time_off.remove", "therapist", therapistId);
  });
}
