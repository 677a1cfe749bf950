import { describe, expect, it } from "vitest";

import { actorForUser, makeStaffUser, therapistWithCases } from "@/test/staff-actor";

import { listAuditEvents } from "./audit";
import { getCase } from "./case";
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
});
