import { describe, expect, it } from "vitest";

import { getCase } from "@/lib/staff/data/case";
import { londonTime, mondayWeeksAhead, therapistIds } from "@/test/booking-fixtures";
import { withPg } from "@/test/pg";
import { actorForUser, therapistWithCases } from "@/test/staff-actor";
import { submitCopyOf } from "@/test/submitted-copy";

import { createBooking } from "./book";

// Issue 16, item 1: nothing a member of the public sends changes another
// patient's stored details or adds to their clinical history.

describe("a stranger booking under an existing patient's name and e-mail", () => {
  it("leaves the existing cases' phone and history as they were", async () => {
    const mine = await therapistWithCases(["routine"]);
    const actor = await actorForUser(mine.userId);
    const { intakeId } = mine.cases[0]!;
    const before = await getCase(actor, intakeId);
    expect(before).not.toBeNull();
    const { name, email, phone } = before!.patient;
    expect(phone).toBe("07700 900123");

    const ids = await therapistIds();
    const stranger = await createBooking({
      type: "follow-up",
      therapistId: ids["maya-okafor"],
      start: londonTime(mondayWeeksAhead(8), "08:00"),
      patient: { name: name.toUpperCase(), email: email.toUpperCase(), phone: "07700 900999" },
    });
    expect(stranger.ok).toBe(true);
    if (!stranger.ok) return;
    // The stranger fills in a questionnaire on their booking.
    await submitCopyOf(intakeId, stranger.reply.id);

    const after = await getCase(actor, intakeId);
    expect(after!.patient).toEqual(before!.patient);
    expect(after!.history.map((h) => h.id)).toEqual(before!.history.map((h) => h.id));
    const records = await withPg(async (c) =>
      (
        await c.query(
          `SELECT p.phone FROM bookings b JOIN patients p ON p.id = b.patient_id WHERE b.id = ANY($1::uuid[])
             ORDER BY b.starts_at`,
          [[mine.cases[0]!.bookingId, stranger.reply.id]],
        )
      ).rows.map((r) => r.phone),
    );
    // Each booking keeps the contact details typed for it (the stranger's is the earlier appointment).
    expect(records).toEqual(["07700 900999", "07700 900123"]);
  });
});
