import { describe, expect, it } from "vitest";

import { NotAuthorized } from "@/lib/auth/actor";
import { createBooking } from "@/lib/booking/book";
import { openManageLink } from "@/lib/booking/manage";
import { addDays } from "@/lib/calendar/dates";
import { caseBundle } from "@/lib/fhir/case-bundle";
import { openIntake, submitByToken } from "@/lib/intake/intake";
import { answers } from "@/lib/intake/test-answers";
import { getCase } from "@/lib/staff/data/case";
import { addNote } from "@/lib/staff/data/case-actions";
import { fhirIssues } from "@/test/fhir-validate";
import { londonTime, mondayWeeksAhead, therapistIds } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";
import { actorFor, DEMO } from "@/test/staff-actor";

import { readPatientExport } from "./export";
import { ERASED_NAME } from "./erase";
import { runRetention } from "./retention";
import { erasePatient } from "./rights";

const tokenOf = (url: string) => new URL(url).pathname.split("/").pop()!;
const auditCount = () =>
  withPg(async (c) => Number((await c.query("SELECT count(*) AS n FROM audit_events")).rows[0].n));

/** A booked and submitted case of Priya's on a Thursday (hh:mm given), with a free-text goal and a note at booking. */
async function caseFor(name: string, hhmm: string, weeks = 3) {
  const ids = await therapistIds();
  const email = `${name.replace(/\s/g, ".").toLowerCase()}.${crypto.randomUUID().slice(0, 6)}@example.com`;
  const booked = await createBooking({
    type: "follow-up",
    therapistId: ids["priya-shah"],
    start: londonTime(addDays(mondayWeeksAhead(weeks), 3), hhmm),
    patient: { name, email, phone: "07700 900888" },
    notes: "My left knee gives way on stairs",
  });
  if (!booked.ok) throw new Error(`could not book: ${booked.error}`);
  const submitted = await submitByToken(
    tokenOf(booked.reply.intakeUrl),
    answers({ region: "knee", goal: "Run the Bath half" }),
  );
  if (!submitted.ok) throw new Error("could not submit");
  const ids2 = await withPg(
    async (c) =>
      (
        await c.query(
          "SELECT i.id AS intake, b.patient_id AS patient FROM intakes i JOIN bookings b ON b.id = i.booking_id WHERE b.id = $1",
          [booked.reply.id],
        )
      ).rows[0] as { intake: string; patient: string },
  );
  return { email, name, reply: booked.reply, intakeId: ids2.intake, patientId: ids2.patient };
}

describe("exporting a patient's data", () => {
  it("gives an admin every booking, answer, triage, note and consent, with valid FHIR, and records it", async () => {
    const c = await caseFor("Esther Export", "09:00");
    const admin = await actorFor(DEMO.admin);
    await addNote(admin, c.intakeId, { body: "Rang to check the time" });
    const found = (await readPatientExport(admin, c.patientId))!;
    expect(found.data.patient).toMatchObject({ id: c.patientId, name: "Esther Export", email: c.email });
    const [booking] = found.data.bookings;
    expect(booking).toMatchObject({ noteAtBooking: "My left knee gives way on stairs", status: "booked" });
    expect(booking!.questionnaire).toMatchObject({
      status: "submitted",
      answers: expect.objectContaining({ goal: "Run the Bath half" }),
      consent: { textVersion: expect.any(Number), givenAt: expect.any(Date), withdrawnAt: null },
      notes: [{ text: "Rang to check the time", erased: false }],
    });
    expect(booking!.questionnaire!.triage?.disposition).toBeDefined();
    expect(found.cases).toHaveLength(1);
    const events = await withPg(
      async (c2) =>
        (
          await c2.query("SELECT action FROM audit_events WHERE subject_id = $1 AND action = 'patient.export'", [
            c.patientId,
          ])
        ).rows,
    );
    expect(events).toHaveLength(1);
  });

  it("is for admins only", async () => {
    const c = await caseFor("Theo Therapist", "10:00");
    await expect(readPatientExport(await actorFor(DEMO.maya), c.patientId)).rejects.toBeInstanceOf(NotAuthorized);
    expect(await readPatientExport(await actorFor(DEMO.admin), crypto.randomUUID())).toBeNull();
  });
});

describe("erasing a patient", () => {
  it("refuses a name that does not match, changing nothing", async () => {
    const c = await caseFor("Mona Mismatch", "11:00");
    const admin = await actorFor(DEMO.admin);
    expect(await erasePatient(admin, c.patientId, "Mona Someone")).toBe("name_mismatch");
    expect((await openManageLink(tokenOf(c.reply.manageUrl)))?.patient.name).toBe("Mona Mismatch");
    await expect(erasePatient(await actorFor(DEMO.maya), c.patientId, "Mona Mismatch")).rejects.toBeInstanceOf(
      NotAuthorized,
    );
  });

  it("removes details, free text and notes, keeps times and dispositions, ends the links and queued e-mails; the audit trail only grows", async () => {
    const c = await caseFor("Ernest Erase", "12:00");
    const admin = await actorFor(DEMO.admin);
    await addNote(admin, c.intakeId, { body: "Ernest mentioned his address is 4 Elm Row" });
    expect((await queuedMailTo([c.email])).length).toBeGreaterThan(0);
    const before = await auditCount();

    const outcome = await erasePatient(admin, c.patientId, "  ernest   ERASE ");
    expect(outcome).toMatchObject({ erased: expect.any(Date) });
    expect(await erasePatient(admin, c.patientId, ERASED_NAME)).toBe("already_erased");
    expect(await auditCount()).toBeGreaterThan(before);

    const row = await withPg(
      async (pg) =>
        (
          await pg.query(
            `SELECT p.name, p.email, p.phone, p.date_of_birth, p.erased_by, b.notes, b.status, b.starts_at, i.answers,
                    i.case_disposition, (SELECT array_agg(body) FROM staff_notes WHERE intake_id = i.id) AS notes_text
             FROM patients p JOIN bookings b ON b.patient_id = p.id JOIN intakes i ON i.booking_id = b.id WHERE p.id = $1`,
            [c.patientId],
          )
        ).rows[0],
    );
    expect(row).toMatchObject({ name: ERASED_NAME, email: "", phone: "", date_of_birth: null, notes: null });
    expect(row.erased_by).toBe(admin.userId);
    expect(row.answers.goal).toBeUndefined();
    expect(row.answers.dob).toBeUndefined();
    expect(row.answers.region).toBe("knee");
    expect(row.case_disposition).not.toBeNull();
    expect(row.notes_text).toEqual([""]);
    expect(JSON.stringify(row.answers)).not.toMatch(/Bath half/);
    // Still to come: cancelled, so the time goes back to others (and the waitlist).
    expect(row.status).toBe("cancelled");

    expect(await openManageLink(tokenOf(c.reply.manageUrl))).toBeNull();
    expect(await openIntake(tokenOf(c.reply.intakeUrl))).toBeNull();
    expect(await queuedMailTo([c.email])).toEqual([]);
    const view = (await getCase(admin, c.intakeId))!;
    expect(view.patient.name).toBe(ERASED_NAME);
    expect(view.erased).toMatchObject({ by: expect.any(String) });

    const found = (await readPatientExport(admin, c.patientId))!;
    expect(JSON.stringify(found.data)).not.toMatch(/Ernest|Elm Row|Bath half|gives way/);
    for (const record of found.cases) {
      const bundle = caseBundle(record, "https://clinic.example");
      expect(fhirIssues(bundle)).toEqual([]);
      expect(JSON.stringify(bundle)).not.toMatch(/Ernest|Bath half|birthDate/);
    }
  });
});

describe("the retention job", () => {
  it("anonymises patients with no appointment for the clinic's period, leaves recent ones, and reports how many", async () => {
    const old = await caseFor("Olive Oldrecord", "13:00", 5);
    const recent = await caseFor("Rita Recent", "14:00", 5);
    // Ten years on, Olive's appointment is older than 8 years; Rita has a new one.
    const now = new Date(Date.parse(old.reply.start) + 10 * 365 * 86_400_000);
    await withPg((pg) =>
      pg.query(
        "UPDATE bookings SET starts_at = $1, ends_at = $2, blocked_from = $1, blocked_until = $2 WHERE id = $3",
        [new Date(now.getTime() - 86_400_000), new Date(now.getTime() - 86_400_000 + 1_800_000), recent.reply.id],
      ),
    );
    const { years, anonymised } = await runRetention(now);
    expect(years).toBe(8);
    expect(anonymised).toBeGreaterThanOrEqual(1);
    const names = await withPg(
      async (pg) =>
        (
          await pg.query("SELECT id, name, erased_by FROM patients WHERE id = ANY($1)", [
            [old.patientId, recent.patientId],
          ])
        ).rows,
    );
    expect(names.find((r) => r.id === old.patientId)).toMatchObject({ name: ERASED_NAME, erased_by: null });
    expect(names.find((r) => r.id === recent.patientId)?.name).toBe("Rita Recent");
    const [event] = await withPg(
      async (pg) =>
        (
          await pg.query(
            "SELECT actor_id, details FROM audit_events WHERE action = 'patients.retention' ORDER BY id DESC LIMIT 1",
          )
        ).rows,
    );
    expect(event).toMatchObject({ actor_id: null, details: { years: 8 } });
  });
});
