import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { FieldRefusal } from "@/lib/forms/action-result";

const ordered = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/** Joins two records (idempotent). `linkedBy` is the admin, or null when the patient confirmed by e-mail. */
export async function insertLink(tx: Prisma.TransactionClient, x: string, y: string, linkedBy: string | null) {
  const [a, b] = ordered(x, y);
  await tx.$executeRaw`
    INSERT INTO patient_links (patient_a, patient_b, linked_by) VALUES (${a}::uuid, ${b}::uuid, ${linkedBy}::uuid)
    ON CONFLICT DO NOTHING`;
}

/**
 * A patient record and every record joined to it, directly or through others:
 * the records whose visits make one patient's history.
 */
export async function linkedPatientIds(tx: Prisma.TransactionClient, patientId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE linked(id) AS (
      SELECT ${patientId}::uuid
      UNION
      SELECT CASE WHEN l.patient_a = linked.id THEN l.patient_b ELSE l.patient_a END
      FROM patient_links l JOIN linked ON linked.id IN (l.patient_a, l.patient_b)
    )
    SELECT id::text FROM linked`;
  return rows.map((r) => r.id);
}

export interface PatientRecord {
  id: string;
  name: string;
  email: string;
  phone: string;
  createdAt: Date;
  visits: number;
  lastVisit: Date | null;
}

export interface PossibleSamePatient {
  a: PatientRecord;
  b: PatientRecord;
  linked: boolean;
}

const PAIRS_SHOWN = 100;

/**
 * Pairs of patient records with the same e-mail (any case), for an admin to link
 * or unlink deliberately; newest first. Admins only.
 */
export async function listPossibleSamePatients(actor: StaffActor): Promise<PossibleSamePatient[]> {
  assertActor(actor, "admin");
  return db.$transaction(async (tx) => {
    const pairs = await tx.$queryRaw<{ a: string; b: string; linked: boolean }[]>`
      SELECT x.id::text AS a, y.id::text AS b,
             EXISTS (SELECT 1 FROM patient_links l WHERE l.patient_a = x.id AND l.patient_b = y.id) AS linked
      -- Erased records have no e-mail: they are no one's possible match.
      FROM patients x JOIN patients y ON lower(y.email) = lower(x.email) AND x.id < y.id
      WHERE x.erased_at IS NULL AND y.erased_at IS NULL
      ORDER BY greatest(x.created_at, y.created_at) DESC
      LIMIT ${PAIRS_SHOWN}`;
    const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
    const records = await tx.patient.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        name: true,
        email: true,
        phone: true,
        createdAt: true,
        bookings: { orderBy: { startsAt: "desc" }, select: { startsAt: true } },
      },
    });
    await recordAudit(tx, actor, "patient_links.view", "patient", "possible-same");
    const byId = new Map(
      records.map(({ bookings, ...r }) => [
        r.id,
        { ...r, visits: bookings.length, lastVisit: bookings[0]?.startsAt ?? null },
      ]),
    );
    return pairs.map((p) => ({ a: byId.get(p.a)!, b: byId.get(p.b)!, linked: p.linked }));
  });
}

async function bothExist(tx: Prisma.TransactionClient, x: string, y: string) {
  if (x === y) throw new FieldRefusal("form", "Choose two different records");
  const found = await tx.patient.count({ where: { id: { in: [x, y] } } });
  if (found !== 2) throw new FieldRefusal("form", "One of these records no longer exists");
}

/** An admin joins two records into one patient's history; audited on both. */
export async function linkPatients(actor: StaffActor, x: string, y: string): Promise<void> {
  assertActor(actor, "admin");
  await db.$transaction(async (tx) => {
    await bothExist(tx, x, y);
    await insertLink(tx, x, y, actor.userId);
    await recordAudit(tx, actor, "patient.link", "patient", x);
    await recordAudit(tx, actor, "patient.link", "patient", y);
  });
}

/** An admin undoes a link (made by an admin or by the patient); audited on both. */
export async function unlinkPatients(actor: StaffActor, x: string, y: string): Promise<void> {
  assertActor(actor, "admin");
  const [a, b] = ordered(x, y);
  await db.$transaction(async (tx) => {
    await bothExist(tx, a, b);
    await tx.patientLink.deleteMany({ where: { patientA: a, patientB: b } });
    await recordAudit(tx, actor, "patient.unlink", "patient", a);
    await recordAudit(tx, actor, "patient.unlink", "patient", b);
  });
}
