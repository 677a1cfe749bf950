import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/uuid";

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
  subjectName: string | null;
  ip: string | null;
  userAgent: string | null;
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
  const rows = await db.$transaction(async (tx) => {
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
        actor: { select: { name: true } },
      },
    });
    await recordAudit(tx, actor, "audit.view", "audit", "audit_events");
    return found;
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const names = await subjectNames(page);
  const last = page.at(-1);
  return {
    events: page.map((row) => ({
      id: row.id.toString(),
      occurredAt: row.occurredAt,
      actorName: row.actor?.name ?? null,
      action: row.action,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      subjectName: names.get(`${row.subjectType}:${row.subjectId}`) ?? null,
      ip: row.ip,
      userAgent: row.userAgent,
    })),
    next: rows.length > AUDIT_PAGE_SIZE && last ? `${last.occurredAt.toISOString()}_${last.id}` : null,
  };
}

/** Staff, therapist and appointment-type names for the page's subjects (never patients': their ids stay ids). */
async function subjectNames(rows: { subjectType: string; subjectId: string }[]): Promise<Map<string, string>> {
  const ids = (type: string) => [
    ...new Set(rows.filter((r) => r.subjectType === type && isUuid(r.subjectId)).map((r) => r.subjectId)),
  ];
  const [users, therapists, types] = await Promise.all([
    db.staffUser.findMany({ where: { id: { in: ids("staff_user") } }, select: { id: true, name: true } }),
    db.therapist.findMany({ where: { id: { in: ids("therapist") } }, select: { id: true, displayName: true } }),
    db.appointmentType.findMany({ where: { id: { in: ids("appointment_type") } }, select: { id: true, name: true } }),
  ]);
  return new Map([
    ...users.map((u) => [`staff_user:${u.id}`, u.name] as const),
    ...therapists.map((t) => [`therapist:${t.id}`, t.displayName] as const),
    ...types.map((t) => [`appointment_type:${t.id}`, t.name] as const),
  ]);
}

/** Staff members for the audit page's actor filter. */
export async function listAuditActors(actor: StaffActor): Promise<{ id: string; name: string }[]> {
  assertActor(actor, "admin");
  return db.staffUser.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}
