import { describe, expect, it } from "vitest";

import { hashToken, newToken } from "@/lib/booking/tokens";
import { insertTestBooking } from "@/test/booking-factory";
import { londonTime, mondayWeeksAhead } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";

import { submitByToken } from "./intake";
import { answers } from "./test-answers";

const CLINIC = "hello@stride-clinic.example";
const PRIYA = "priya@stride-clinic.example";

/** A booking with Priya at a time no other test uses, and its intake link's token. */
async function intakeLink(hhmm: string, name: string) {
  const token = newToken();
  const booking = await withPg((c) =>
    insertTestBooking(c, {
      therapist: "priya-shah",
      patient: { name, email: `alert.${hhmm.replace(":", "")}@example.com` },
      startsAt: new Date(londonTime(mondayWeeksAhead(43), hhmm)),
      intakeTokenHash: hashToken(token),
    }),
  );
  return { token, bookingId: booking.id };
}

const intakeIdOf = (bookingId: string) =>
  withPg(
    async (c) => (await c.query("SELECT id FROM intakes WHERE booking_id = $1", [bookingId])).rows[0].id as string,
  );

/** Alerts about this case: the clinic's address also gets other tests' alerts, so they are told apart by the case link. */
async function alertsFor(intakeId: string) {
  return (await queuedMailTo([CLINIC, PRIYA])).map((j) => j.message).filter((m) => m.text.includes(intakeId));
}

describe("the urgent-case alert", () => {
  it("is queued with an emergency questionnaire to the clinic and the booked therapist, naming nothing but the case link", async () => {
    const { token, bookingId } = await intakeLink("03:00", "Alert Emergency");
    const sent = await submitByToken(
      token,
      answers({ region: "lower_back", saddle_numbness: true, numb_tingling_leg: true, bladder_bowel_change: true }),
    );
    expect(sent.ok && sent.outcome.disposition).toBe("emergency");
    const intakeId = await intakeIdOf(bookingId);
    const alerts = await alertsFor(intakeId);
    expect(alerts.map((m) => m.to).sort()).toEqual([CLINIC, PRIYA]);
    for (const alert of alerts) {
      expect(alert).toMatchObject({ kind: "urgent-case-alert", subject: "A case needs review today" });
      expect(alert.text).toContain(`/staff/cases/${intakeId}`);
      expect(alert.html).toContain(`/staff/cases/${intakeId}`);
      const words = `${alert.subject}\n${alert.text}\n${alert.html}`;
      expect(words).not.toMatch(/Alert Emergency|alert\.0300|\b(numb\w*|bladder|back|cauda|saddle|spine|pain)\b/i);
    }
  });

  it("is not sent for a routine questionnaire", async () => {
    const { token, bookingId } = await intakeLink("05:00", "Alert Routine");
    const sent = await submitByToken(token, answers({ region: "knee" }));
    expect(sent.ok && sent.outcome.disposition).toBe("routine");
    expect(await alertsFor(await intakeIdOf(bookingId))).toEqual([]);
  });
});
