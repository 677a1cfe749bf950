import { describe, expect, it } from "vitest";

import { withPg } from "@/test/pg";
import { actorForUser, makeStaffUser, therapistWithCases } from "@/test/staff-actor";

import { queueFiltersSchema } from "../queue-filters";
import { getCase } from "./case";
import { exportQueueCsv } from "./export";
import { listSchedule } from "./schedule";

// The note a patient types at booking ("Anything you would like us to know?")
// reaches staff: on the schedule entry, on the case, and in the CSV export with
// the other free text (and only then), escaped so a spreadsheet never runs it.

const NOTE = '=HYPERLINK("http://evil.example","Left knee, gives way on stairs")';

async function caseWithNote(note: string | null) {
  const therapist = await therapistWithCases(["routine"]);
  const { intakeId, bookingId } = therapist.cases[0]!;
  await withPg((c) => c.query("UPDATE bookings SET notes = $1 WHERE id = $2", [note, bookingId]));
  const admin = await actorForUser((await makeStaffUser("admin")).id);
  return { admin, intakeId, bookingId, therapistId: therapist.therapistId };
}

describe("the patient's note at booking", () => {
  it("is on the schedule entry and the case", async () => {
    const { admin, intakeId, bookingId, therapistId } = await caseWithNote(NOTE);
    const schedule = await listSchedule(admin, {
      therapistId,
      from: new Date("2033-01-01"),
      to: new Date("2034-01-01"),
    });
    expect(schedule.find((b) => b.id === bookingId)?.patientNote).toBe(NOTE);
    expect((await getCase(admin, intakeId))?.booking.patientNote).toBe(NOTE);
  });

  it("is absent, not empty, when the patient wrote nothing", async () => {
    const { admin, intakeId } = await caseWithNote("   ");
    expect((await getCase(admin, intakeId))?.booking.patientNote).toBeNull();
  });

  it("is exported only with the free-text answers, escaped against spreadsheet formulas", async () => {
    const { admin, intakeId, therapistId } = await caseWithNote(NOTE);
    const filters = queueFiltersSchema.parse({ therapist: therapistId });
    const withText = await exportQueueCsv(admin, filters, true);
    const [header, row] = withText.csv.split("\r\n");
    expect(header!.split(",")).toContain("booking_note");
    expect(row).toContain(intakeId);
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""Left knee, gives way on stairs"")"`);

    const without = await exportQueueCsv(admin, filters, false);
    expect(without.csv).toContain(intakeId);
    expect(without.csv).not.toContain("booking_note");
    expect(without.csv).not.toContain("evil.example");
  });
});
