import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/uuid";

import { describeAuditDetails } from "../audit-details";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditQuery {
  actorId?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  /** Instants bounding occurred_at: from included, until excluded. */
  from?: Date;
  until?: Date;
  /** Keyset cursor: the last row of the previous page. */
  before?: { occurredAt: Date; id: bigint };
}

export interface AuditEventRow {
  id: string;
  occurredAt: Date;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  /** A readable name for the subject: the patient's for a case or booking, else the staff member's, therapist's or type's. */
  subjectName: string | null;
  /** Where the subject is seen: a case, a therapist's hours, an appointment type. */
  subjectHref: string | null;
  ip: string | null;
  userAgent: string | null;
  /** What the event recorded beyond who and what, as label and value (an override's from, to and reason). */
  details: { label: string; value: string }[];
}

/**
 * One page of audit events, newest first, keyset-paged on (occurred_at, id) so
 * the audit_events_occurred_at_idx index serves any page at the same cost.
 * The read is itself recorded ("audit.view") in the same transaction.
 */
export async function listAuditEvents(
  actor: StaffActor,
  query: AuditQuery,
): Promise<{ events: AuditEventRow[]; next: string | null }> {
  assertActor(actor, "admin");
  const and: Prisma.AuditEventWhereInput[] = [];
  if (query.actorId) and.push({ actorId: query.actorId });
  if (query.action) and.push({ action: query.action });
  if (query.subjectType) and.push({ subjectType: query.subjectType });
  if (query.subjectId) and.push({ subjectId: query.subjectId });
  if (query.from) and.push({ occurredAt: { gte: query.from } });
  if (query.until) and.push({ occurredAt: { lt: query.until } });
  if (query.before) {
    const { occurredAt, id } = query.before;
    and.push({ OR: [{ occurredAt: { lt: occurredAt } }, { occurredAt, id: { lt: id } }] });
  }
  const { rows, names } = await db.$transaction(async (tx) => {
    const found = await tx.auditEvent.findMany({
      where: { AND: and },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: AUDIT_PAGE_SIZE + 1,
      select: {
        id: true,
        occurredAt: true,
        action: true,
        subjectType: true,
        subjectId: true,
        ip: true,
        userAgent: true,
        details: true,
        actor: { select: { name: true } },
      },
    });
    await recordAudit(tx, actor, "audit.view", "audit", "audit_events");
    return { rows: found, names: await subjectNames(tx, found.slice(0, AUDIT_PAGE_SIZE)) };
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return {
    events: page.map((row) => {
      const subject = names.get(`${row.subjectType}:${row.subjectId}`);
      return {
        id: row.id.toString(),
        occurredAt: row.occurredAt,
        actorName: row.actor?.name ?? null,
        action: row.action,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        subjectName: subject?.name ?? null,
        subjectHref: subject?.href ?? null,
        ip: row.ip,
        userAgent: row.userAgent,
        details: describeAuditDetails(row.details),
      };
    }),
    next: rows.length > AUDIT_PAGE_SIZE && last ? `${last.occurredAt.toISOString()}_${last.id}` : null,
  };
}

type Subject = { name: string; href: string | null };

/**
 * Names for the page's subjects, read in the audit.view transaction: a case (intake) or a
 * booking by its patient's name, linking to the case once there is one; staff, therapists
 * and appointment types by theirs. Only admins read the log, and they may open any case.
 */
async function subjectNames(
  tx: Prisma.TransactionClient,
  rows: { subjectType: string; subjectId: string }[],
): Promise<Map<string, Subject>> {
  const ids = (type: string) => [
    ...new Set(rows.filter((r) => r.subjectType === type && isUuid(r.subjectId)).map((r) => r.subjectId)),
  ];
  // Only the types on this page are looked up (most pages hold a few).
  const named = async <T>(type: string, read: (ids: string[]) => Promise<T[]>): Promise<T[]> => {
    const list = ids(type);
    return list.length ? read(list) : [];
  };
  const caseHref = (intake: { id: string; status: string } | null) =>
    intake?.status === "submitted" ? `/staff/cases/${intake.id}` : null;
  // One after another: a transaction's queries share its one connection.
  const intakes = await named("intake", (id) =>
    tx.intake.findMany({
      where: { id: { in: id } },
      select: { id: true, status: true, booking: { select: { patient: { select: { name: true } } } } },
    }),
  );
  const bookings = await named("booking", (id) =>
    tx.booking.findMany({
      where: { id: { in: id } },
      select: { id: true, patient: { select: { name: true } }, intake: { select: { id: true, status: true } } },
    }),
  );
  const users = await named("staff_user", (id) =>
    tx.staffUser.findMany({ where: { id: { in: id } }, select: { id: true, name: true } }),
  );
  const therapists = await named("therapist", (id) =>
    tx.therapist.findMany({ where: { id: { in: id } }, select: { id: true, displayName: true } }),
  );
  // A patient record by its name, linking to its latest case.
  const patients = await named("patient", (id) =>
    tx.patient.findMany({
      where: { id: { in: id } },
      select: {
        id: true,
        name: true,
        bookings: {
          where: { intake: { status: "submitted" } },
          orderBy: { startsAt: "desc" },
          take: 1,
          select: { intake: { select: { id: true, status: true } } },
        },
      },
    }),
  );
  const types = await named("appointment_type", (id) =>
    tx.appointmentType.findMany({ where: { id: { in: id } }, select: { id: true, name: true } }),
  );
  return new Map<string, Subject>([
    ...intakes.map((i) => [`intake:${i.id}`, { name: i.booking.patient.name, href: caseHref(i) }] as const),
    ...bookings.map((b) => [`booking:${b.id}`, { name: b.patient.name, href: caseHref(b.intake) }] as const),
    ...patients.map(
      (p) => [`patient:${p.id}`, { name: p.name, href: caseHref(p.bookings[0]?.intake ?? null) }] as const,
    ),
    ...users.map((u) => [`staff_user:${u.id}`, { name: u.name, href: null }] as const),
    ...therapists.map(
      (t) => [`therapist:${t.id}`, { name: t.displayName, href: `/staff/admin/hours/${t.id}` }] as const,
    ),
    ...types.map((t) => [`appointment_type:${t.id}`, { name: t.name, href: `/staff/admin/types/${t.id}` }] as const),
  ]);
}

/** Staff members for the audit page's actor filter. */
export async function listAuditActors(actor: StaffActor): Promise<{ id: string; name: string }[]> {
  assertActor(actor, "admin");
  return db.staffUser.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
