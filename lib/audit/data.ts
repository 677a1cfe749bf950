import "server-only";

import type { StaffActor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";

/** Actions written to audit_events; the admin's audit page filters by these. */
export const AUDIT_ACTIONS = [
  "staff.sign_in",
  "staff.sign_out",
  "queue.view",
  "case.view",
  "case.review",
  "case.override",
  "case.note",
  "case.contact_copy",
  "booking.move",
  "booking.attendance",
  "booking.reschedule",
  "booking.cancel",
  "schedule.view",
  "queue.export",
  "clinic.update",
  "clinic.limits_update",
  "clinic.messages_update",
  "clinic.retention_update",
  "attendance.view",
  "waitlist.view",
  "patient.view",
  "patient.export",
  "patient.erase",
  "patients.retention",
  "staff_user.create",
  "staff_user.deactivate",
  "staff_user.reactivate",
  "staff_user.reset_password",
  "staff_user.sign_out_everywhere",
  "staff_user.change_password",
  "hours.update",
  "time_off.add",
  "time_off.remove",
  "appointment_type.update",
  "audit.view",
  "patient.link",
  "patient.unlink",
  "patient.link_confirmed",
  "patient_links.view",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type SubjectType =
  "intake" | "booking" | "staff_user" | "therapist" | "appointment_type" | "clinic" | "queue" | "audit" | "patient";

/**
 * Writes one audit event through the caller's transaction, so the event and the
 * read or change it records commit together or not at all.
 */
export async function recordAudit(
  tx: Prisma.TransactionClient,
  actor: StaffActor,
  action: AuditAction,
  subjectType: SubjectType,
  subjectId: string,
  details?: Prisma.InputJsonObject,
): Promise<void> {
  await tx.auditEvent.create({
    data: { actorId: actor.userId, action, subjectType, subjectId, ip: actor.ip, userAgent: actor.userAgent, details },
  });
}

/**
 * An event with no staff member behind it (a patient confirmed a link from their
 * e-mail), through the caller's transaction like recordAudit.
 */
export async function recordPatientAudit(
  tx: Prisma.TransactionClient,
  action: AuditAction,
  subjectType: SubjectType,
  subjectId: string,
): Promise<void> {
  await tx.auditEvent.create({ data: { actorId: null, action, subjectType, subjectId } });
}

/**
 * The same event as an INSERT to run inside a read's own statement (a
 * data-modifying CTE), for a hot read that is one round trip: the event and the
 * read share one statement, so they commit together or not at all.
 */
export function auditInsertSql(
  actor: StaffActor,
  action: AuditAction,
  subjectType: SubjectType,
  subjectId: string,
): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO audit_events (actor_id, action, subject_type, subject_id, ip, user_agent)
    VALUES (${actor.userId}::uuid, ${action}, ${subjectType}, ${subjectId}, ${actor.ip}, ${actor.userAgent})`;
}
