import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import type { StaffActor } from "@/lib/auth/actor";
import { listAuditEvents } from "@/lib/staff/data/audit";
import { getCase } from "@/lib/staff/data/case";
import { addNote, markReviewed, moveBooking, overrideDisposition } from "@/lib/staff/data/case-actions";
import { exportQueueCsv } from "@/lib/staff/data/export";
import { listQueue } from "@/lib/staff/data/queue";
import { listSchedule } from "@/lib/staff/data/schedule";
import { queueFiltersSchema } from "@/lib/staff/queue-filters";
import { readPatientExport } from "@/lib/patients/data/export";
import { erasePatient, readPatientToErase } from "@/lib/patients/data/rights";
import { withPg } from "@/test/pg";
import { actorForUser, makeStaffUser, therapistWithCases } from "@/test/staff-actor";

import type { SubjectType } from "./data";

// Every exported data function that reads intakes (answers, draft state,
// disposition) or triage results must write an audit event. The list of
// readers is found by reading the data modules' source, so a new reader
// without a probe here (or a stated reason) fails the suite.

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Names intakes or their triage data: Prisma (intake, answers, currentTriage, caseDisposition …) or SQL. */
const CASE_DATA = new RegExp(
  [
    String.raw`\bintakes?\b`,
    String.raw`\banswers\b`,
    String.raw`\btriage_results\b`,
    String.raw`\btriageResults?\b`,
    String.raw`\bcurrent_triage\b`,
    String.raw`\bcurrentTriage\b`,
    String.raw`\bcase_[a-z_]+\b`,
    String.raw`\bcase(?:Disposition|Reviewed|StartsAt|TherapistId|Region)\b`,
  ].join("|"),
);

interface Declaration {
  name: string;
  file: string;
  exported: boolean;
  /** Functions and constants carry reads to their users; types only describe them. */
  code: boolean;
  body: string;
}

/** lib/<domain>/data.ts and lib/<domain>/data/**, tests left out. */
function dataFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (full.endsWith(".ts") && !full.endsWith(".test.ts")) files.push(full);
    }
  };
  for (const domain of readdirSync(path.join(ROOT, "lib"))) {
    const dir = path.join(ROOT, "lib", domain);
    if (domain === "generated" || !statSync(dir).isDirectory()) continue;
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (entry === "data.ts") files.push(full);
      if (entry === "data" && statSync(full).isDirectory()) walk(full);
    }
  }
  return files;
}

/** A file's top-level declarations, each with its own text (comments removed, so prose cannot match). */
function declarationsOf(file: string): Declaration[] {
  const source = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|\s)\/\/.*$/gm, "$1");
  const starts = [...source.matchAll(/^(export )?((?:async )?function|const|let|interface|type|class) (\w+)/gm)];
  return starts.map((match, i) => ({
    name: match[3]!,
    file: path.relative(ROOT, file),
    exported: Boolean(match[1]),
    code: !/^(interface|type)$/.test(match[2]!),
    body: source.slice(match.index, starts[i + 1]?.index ?? source.length),
  }));
}

/**
 * Exported data functions that reach case data: in their own text, through a
 * helper or constant of the same file, or by calling another data module's
 * exported reader (listQueue through queueStatements, say).
 */
function caseReaders(): string[] {
  const all = dataFiles().flatMap(declarationsOf);
  const calls = (d: Declaration, name: string) => d.name !== name && new RegExp(`\\b${name}\\b`).test(d.body);
  const reads = new Set(all.filter((d) => d.code && CASE_DATA.test(d.body)));
  for (let grew = true; grew;) {
    grew = false;
    for (const d of all) {
      if (reads.has(d) || !d.code) continue;
      const via = [...reads].some((r) => (r.file === d.file || r.exported) && calls(d, r.name));
      if (via) {
        reads.add(d);
        grew = true;
      }
    }
  }
  const functions = [...reads].filter((d) => d.exported && /^export (?:async )?function/.test(d.body));
  return functions.map((d) => `${d.file}#${d.name}`);
}

/** A case of its own for each probe (probes change cases; other files run against the same database). */
interface Fixture {
  intakeId: string;
  bookingId: string;
  therapistId: string;
  /** An active therapist of the probe's own, free to take the case's booking. */
  otherTherapistId: string;
  patientId: string;
  patientName: string;
}

interface Probe {
  call: (actor: StaffActor, f: Fixture) => Promise<unknown>;
  action: string;
  /** The subject the function records, as it defines it. */
  subject: (f: Fixture) => [SubjectType, string];
}

/** How to call each reader as an admin, and the one audit event that call must write. */
const AUDITED: Record<string, Probe> = {
  "lib/staff/data/audit.ts#listAuditEvents": {
    call: (a, f) => listAuditEvents(a, { subjectId: f.intakeId }),
    action: "audit.view",
    subject: () => ["audit", "audit_events"],
  },
  "lib/staff/data/case.ts#getCase": {
    call: (a, f) => getCase(a, f.intakeId),
    action: "case.view",
    subject: (f) => ["intake", f.intakeId],
  },
  "lib/staff/data/case-actions.ts#markReviewed": {
    call: (a, f) => markReviewed(a, f.intakeId),
    action: "case.review",
    subject: (f) => ["intake", f.intakeId],
  },
  "lib/staff/data/case-actions.ts#overrideDisposition": {
    call: (a, f) => overrideDisposition(a, f.intakeId, { disposition: "urgent", reason: "Worse on examination" }),
    action: "case.override",
    subject: (f) => ["intake", f.intakeId],
  },
  "lib/staff/data/case-actions.ts#addNote": {
    call: (a, f) => addNote(a, f.intakeId, { body: "Called the patient" }),
    action: "case.note",
    subject: (f) => ["intake", f.intakeId],
  },
  "lib/staff/data/case-actions.ts#moveBooking": {
    call: (a, f) => moveBooking(a, f.intakeId, { therapistId: f.otherTherapistId }),
    action: "booking.move",
    subject: (f) => ["booking", f.bookingId],
  },
  "lib/staff/data/export.ts#exportQueueCsv": {
    call: (a) => exportQueueCsv(a, queueFiltersSchema.parse({}), true),
    action: "queue.export",
    subject: () => ["queue", "with-free-text"],
  },
  "lib/patients/data/export.ts#readPatientExport": {
    call: (a, f) => readPatientExport(a, f.patientId),
    action: "patient.export",
    subject: (f) => ["patient", f.patientId],
  },
  "lib/patients/data/rights.ts#readPatientToErase": {
    call: (a, f) => readPatientToErase(a, f.patientId),
    action: "patient.view",
    subject: (f) => ["patient", f.patientId],
  },
  "lib/patients/data/rights.ts#erasePatient": {
    call: (a, f) => erasePatient(a, f.patientId, f.patientName),
    action: "patient.erase",
    subject: (f) => ["patient", f.patientId],
  },
  "lib/staff/data/queue.ts#listQueue": {
    call: (a) => listQueue(a, queueFiltersSchema.parse({})),
    action: "queue.view",
    subject: () => ["queue", "queue"],
  },
  "lib/staff/data/schedule.ts#listSchedule": {
    call: (a, f) =>
      listSchedule(a, { therapistId: f.therapistId, from: new Date("2033-01-01"), to: new Date("2034-01-01") }),
    action: "schedule.view",
    subject: (f) => ["therapist", f.therapistId],
  },
};

/** Readers that are not staff reads, or that read nothing themselves, each with why it writes no audit event. */
const NOT_STAFF_READS: Record<string, string> = {
  "lib/booking/data/manage.ts#findBookingByTokenHash":
    "the patient opening their own booking through their private manage link: whether the questionnaire was sent, and when",
  "lib/intake/data.ts#findIntakeByTokenHash": "the patient reading their own questionnaire through their private link",
  "lib/intake/data.ts#saveDraft": "the patient saving their own draft through their private link",
  "lib/intake/data.ts#submitIntake": "the patient submitting their own answers through their private link",
  "lib/intake/data.ts#withdrawConsentRow":
    "the patient withdrawing consent for their own answers through their private link",
  "lib/patients/data/erase.ts#anonymisePatient":
    "removes data inside erasePatient's (audited) or runRetention's (audited) transaction; shows nothing to anyone",
  "lib/patients/data/retention.ts#runRetention":
    "the daily retention job (no person): anonymises and records one audit event with the count, no actor and no names",
  "lib/staff/data/queue.ts#countNewUrgentCases":
    "a count of urgent cases sent since the queue was loaded (a number, no case read); loading them is the audited queue view",
  "lib/messages/data.ts#bookingsToRemind":
    "the reminder dispatcher (no person) reads only whether the questionnaire was sent, to stop chasing it",
  "lib/staff/data/queue-sql.ts#queueWhere":
    "builds SQL that listQueue and exportQueueCsv run (and audit); reads nothing",
  "lib/staff/data/queue-sql.ts#queueRowsSql":
    "builds SQL that listQueue and exportQueueCsv run (and audit); reads nothing",
  "lib/staff/data/queue-sql.ts#queueStatements":
    "builds the SQL that listQueue runs (and audits); reads nothing itself",
};

async function fixture(): Promise<Fixture> {
  const from = await therapistWithCases(["routine"]);
  const to = await therapistWithCases([]);
  await withPg((c) => c.query("UPDATE therapists SET active = true WHERE id = $1", [to.therapistId]));
  const { intakeId, bookingId } = from.cases[0]!;
  const patient = await withPg(
    async (c) =>
      (
        await c.query("SELECT p.id, p.name FROM patients p JOIN bookings b ON b.patient_id = p.id WHERE b.id = $1", [
          bookingId,
        ])
      ).rows[0] as { id: string; name: string },
  );
  return {
    intakeId,
    bookingId,
    therapistId: from.therapistId,
    otherTherapistId: to.therapistId,
    patientId: patient.id,
    patientName: patient.name,
  };
}

/** The newest audit event id, so that only what follows is read. */
async function lastEventId(): Promise<string> {
  const sql = "SELECT coalesce(max(id), 0)::text AS id FROM audit_events";
  return withPg(async (c) => (await c.query<{ id: string }>(sql)).rows[0]!.id);
}

async function eventsBy(actorId: string, afterId: string) {
  return withPg(
    async (c) =>
      (
        await c.query(
          "SELECT action, subject_type, subject_id FROM audit_events WHERE actor_id = $1 AND id > $2 ORDER BY id",
          [actorId, afterId],
        )
      ).rows,
  );
}

describe("audit coverage of health-data reads", () => {
  const readers = caseReaders();

  it("finds the data functions that read cases, the schedule's intake states included", () => {
    expect(readers).toEqual(expect.arrayContaining(Object.keys(AUDITED)));
  });

  it("has an audit probe (or a stated reason) for every one of them", () => {
    const unaccounted = readers.filter((key) => !(key in AUDITED) && !(key in NOT_STAFF_READS));
    expect(unaccounted, "a data function reads case data without an audit probe: add it to AUDITED").toEqual([]);
    const stale = [...Object.keys(AUDITED), ...Object.keys(NOT_STAFF_READS)].filter((key) => !readers.includes(key));
    expect(stale, "a probe or exemption names a function that no longer reads case data").toEqual([]);
  });

  it.each(Object.entries(AUDITED))("%s writes its own audit event, for its actor and subject", async (_key, probe) => {
    const f = await fixture();
    // An admin of the probe's own: no other test acts as this user, so every event of theirs is this call's.
    const admin = await makeStaffUser("admin");
    const actor = await actorForUser(admin.id);
    const before = await lastEventId();
    await probe.call(actor, f);
    const [subjectType, subjectId] = probe.subject(f);
    const expected = { action: probe.action, subject_type: subjectType, subject_id: subjectId };
    expect(await eventsBy(actor.userId, before)).toEqual([expected]);
  });
});
