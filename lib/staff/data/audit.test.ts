import { describe, expect, it } from "vitest";

import { withPg } from "@/test/pg";
import { actorForUser, makeStaffUser, therapistWithCases } from "@/test/staff-actor";

import { linkPatients } from "@/lib/patients/data/links";

import { listAuditEvents } from "./audit";
import { getCase } from "./case";
import { overrideDisposition } from "./case-actions";
import { markAttendance } from "./schedule";

describe("the audit log's subjects", () => {
  it("names a case and a booking by the patient, linking to the case", async () => {
    const { cases } = await therapistWithCases(["routine"]);
    const { intakeId, bookingId } = cases[0]!;
    const admin = await actorForUser((await makeStaffUser("admin")).id);
    await getCase(admin, intakeId);
    await markAttendance(admin, { bookingId, outcome: "no_show" }, new Date("2033-03-01T12:00:00Z"));

    const { events } = await listAuditEvents(admin, { actorId: admin.userId });
    const viewed = events.find((e) => e.action === "case.view");
    const marked = events.find((e) => e.action === "booking.attendance");
    expect(viewed).toMatchObject({ subjectName: expect.stringMatching(/^Patient routine /), subjectId: intakeId });
    expect(viewed?.subjectHref).toBe(`/staff/cases/${intakeId}`);
    expect(marked).toMatchObject({ subjectName: viewed?.subjectName, subjectHref: `/staff/cases/${intakeId}` });
  });

  it("leaves a subject with no name of its own (the log itself) unnamed", async () => {
    const admin = await actorForUser((await makeStaffUser("admin")).id);
    await listAuditEvents(admin, {});
    const { events } = await listAuditEvents(admin, { actorId: admin.userId });
    const view = events.find((e) => e.action === "audit.view");
    expect(view).toMatchObject({ subjectType: "audit", subjectName: null, subjectHref: null });
  });

  it("names a patient record by the patient, linking to their case", async () => {
    const { cases } = await therapistWithCases(["routine", "soon"]);
    const [first, second] = cases;
    const patientOf = (bookingId: string) =>
      withPg(
        async (c) =>
          (await c.query("SELECT patient_id FROM bookings WHERE id = $1", [bookingId])).rows[0].patient_id as string,
      );
    const admin = await actorForUser((await makeStaffUser("admin")).id);
    const a = await patientOf(first!.bookingId);
    await linkPatients(admin, a, await patientOf(second!.bookingId));

    const { events } = await listAuditEvents(admin, { actorId: admin.userId, action: "patient.link", subjectId: a });
    expect(events).toEqual([
      expect.objectContaining({
        subjectName: expect.stringMatching(/^Patient routine /),
        subjectHref: `/staff/cases/${first!.intakeId}`,
      }),
    ]);
  });
});

describe("the audit log's details", () => {
  it("shows what an override changed and why", async () => {
    const { cases } = await therapistWithCases(["routine"]);
    const admin = await actorForUser((await makeStaffUser("admin")).id);
    await overrideDisposition(admin, cases[0]!.intakeId, { disposition: "urgent", reason: "Swelling came back" });

    const { events } = await listAuditEvents(admin, { actorId: admin.userId, action: "case.override" });
    expect(events.map((e) => e.details)).toEqual([
      [
        { label: "From", value: "Routine" },
        { label: "To", value: "Urgent" },
        { label: "Reason", value: "Swelling came back" },
      ],
    ]);
  });
});
