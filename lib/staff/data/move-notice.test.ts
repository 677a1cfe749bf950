import { describe, expect, it } from "vitest";

import { createBooking } from "@/lib/booking/book";
import { submitByToken } from "@/lib/intake/intake";
import { answers } from "@/lib/intake/test-answers";
import { londonTime, mondayWeeksAhead, patient, therapistIds } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";
import { actorForUser, makeStaffUser } from "@/test/staff-actor";

import { moveBooking } from "./case-actions";

describe("giving a booking to another therapist", () => {
  it("e-mails the patient the new therapist's name, the same time, their link and the calendar file", async () => {
    const ids = await therapistIds();
    const booked = await createBooking({
      type: "follow-up",
      therapistId: ids["maya-okafor"],
      // Week 3 and before Tom's hours: the demo seed books Tom up to 13 days ahead, from 13:00.
      start: londonTime(mondayWeeksAhead(3), "10:00"),
      patient: patient("moved1"),
    });
    if (!booked.ok) throw new Error(`could not book: ${booked.error}`);
    const intakeToken = new URL(booked.reply.intakeUrl).pathname.split("/").pop()!;
    expect((await submitByToken(intakeToken, answers({ region: "knee" }))).ok).toBe(true);
    const intakeId = await withPg(
      async (c) =>
        (await c.query("SELECT id FROM intakes WHERE booking_id = $1", [booked.reply.id])).rows[0].id as string,
    );

    const admin = await actorForUser((await makeStaffUser("admin")).id);
    expect(await moveBooking(admin, intakeId, { therapistId: ids["tom-reilly"] })).toBe("moved");

    const moved = (await queuedMailTo([patient("moved1").email]))
      .map((j) => j.message)
      .filter((m) => m.kind === "booking-therapist-changed");
    expect(moved).toHaveLength(1);
    expect(moved[0]!.subject).toMatch(/^Your appointment is now with Tom Reilly \(Monday .* at 10:00\)$/);
    expect(moved[0]!.text).toContain(booked.reply.manageUrl);
    expect(moved[0]!.html).toContain(booked.reply.manageUrl);
    expect(moved[0]!.calendar?.entry).toMatchObject({
      start: booked.reply.start,
      title: expect.stringContaining("Tom Reilly"),
    });
  });
});
