import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";

const FIELDS = {
  id: true,
  slug: true,
  name: true,
  description: true,
  minutes: true,
  bufferBeforeMinutes: true,
  bufferAfterMinutes: true,
  priceMinor: true,
  currency: true,
  active: true,
  minNoticeMinutes: true,
  horizonDays: true,
  slotStepMinutes: true,
  cancelCutoffMinutes: true,
} as const;

export interface AppointmentTypeRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  minutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  priceMinor: number;
  currency: string;
  active: boolean;
  minNoticeMinutes: number;
  horizonDays: number;
  slotStepMinutes: number;
  cancelCutoffMinutes: number;
}

/** Every appointment type, inactive ones included, in the clinic's order. */
export async function listAppointmentTypes(actor: StaffActor): Promise<AppointmentTypeRow[]> {
  assertActor(actor, "admin");
  return db.appointmentType.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: FIELDS });
}

export async function findAppointmentType(actor: StaffActor, id: string): Promise<AppointmentTypeRow | null> {
  assertActor(actor, "admin");
  return db.appointmentType.findUnique({ where: { id }, select: FIELDS });
}

export type AppointmentTypeChanges = Omit<AppointmentTypeRow, "id" | "slug" | "currency">;

/** Changes a type; existing bookings keep the times (and buffers) they were booked with. */
export async function updateAppointmentType(
  actor: StaffActor,
  id: string,
  changes: AppointmentTypeChanges,
): Promise<void> {
  assertActor(actor, "admin");
  await db.$transaction(async (tx) => {
    await tx.appointmentType.update({ where: { id }, data: changes, select: { id: true } });
    await recordAudit(tx, actor, "appointment_type.update", "appointment_type", id);
  });
}
