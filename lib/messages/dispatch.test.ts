import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createBooking } from "@/lib/booking/book";
import { cancelByToken, rescheduleByToken } from "@/lib/booking/manage";
import { deliver } from "@/lib/mail/transport";
import { londonTime, mondayWeeksAhead, patient, therapistIds } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { withPg } from "@/test/pg";
import { mailTo, testSmtp, waitFor, type TestSmtp } from "@/test/smtp";

import { dispatchDueMessages } from "./dispatch";

// A controllable clock: every booking here is more than a year ahead, booked and
// dispatched at times given to the code, so no other test's bookings fall due and
// nothing waits for real time to pass.
const HOUR = 3_600_000;
const at = (iso: string, hoursBefore: number, minutes = 0) =>
  new Date(Date.parse(iso) - hoursBefore * HOUR + minutes * 60_000);

async function bookAt(start: string, who: string, now: Date) {
  const ids = await therapistIds();
  const outcome = await createBooking(
    { type: "follow-up", therapistId: ids["maya-okafor"], start, patient: patient(who) },
    { now },
  );
  if (!outcome.ok) throw new Error(`could not book ${start}: ${outcome.error}`);
  return { ...outcome.reply, token: new URL(outcome.reply.manageUrl).pathname.split("/").pop()! };
}

/** The reminder and chaser e-mails queued for this patient, oldest first. */
async function remindersTo(who: string) {
  const jobs = await queuedMailTo([patient(who).email]);
  return jobs
    .map((j) => j.message)
    .filter((m) => m.kind === "appointment-reminder" || m.kind === "questionnaire-chase");
}

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await testSmtp();
});
afterAll(() => smtp.stop());

describe("reminders and questionnaire chasing", () => {
  it("sends each message once at its time: chasers 72 h and 24 h, reminders 48 h and 2 h, even with two dispatchers", async () => {
    const start = londonTime(mondayWeeksAhead(70), "10:00");
    await bookAt(start, "rem1", at(start, 24 * 5));

    await dispatchDueMessages(at(start, 72, -1));
    expect(await remindersTo("rem1")).toEqual([]);
    await dispatchDueMessages(at(start, 72));
    await dispatchDueMessages(at(start, 72, 1)); // a minute later: nothing new
    expect((await remindersTo("rem1")).map((m) => m.kind)).toEqual(["questionnaire-chase"]);

    await dispatchDueMessages(at(start, 48));
    // Two instances (or a restart) at the same minute: the database lets one send.
    await Promise.all([dispatchDueMessages(at(start, 24)), dispatchDueMessages(at(start, 24))]);
    await dispatchDueMessages(at(start, 2));
    await dispatchDueMessages(at(start, 2, 5));
    const sent = await remindersTo("rem1");
    expect(sent.map((m) => m.kind)).toEqual([
      "questionnaire-chase",
      "appointment-reminder",
      "questionnaire-chase",
      "appointment-reminder",
    ]);
    expect(sent[1]!.subject).toMatch(/^Reminder: Follow-up on Monday \d+ \w+ \d{4} at 10:00$/);
  });

  it("skips what had passed when the booking was made: booked 30 h ahead, it gets the 24 h chaser and the 2 h reminder", async () => {
    const start = londonTime(mondayWeeksAhead(70), "11:00");
    await bookAt(start, "rem2", at(start, 30));
    for (const hours of [29, 24, 12, 2]) await dispatchDueMessages(at(start, hours));
    expect((await remindersTo("rem2")).map((m) => m.kind)).toEqual(["questionnaire-chase", "appointment-reminder"]);
  });

  it("stops chasing once the questionnaire is in", async () => {
    const start = londonTime(mondayWeeksAhead(70), "12:00");
    const { id } = await bookAt(start, "rem3", at(start, 24 * 5));
    await withPg((c) =>
      c.query(
        `INSERT INTO intakes (booking_id, questionnaire_version, status, submitted_at, consented_at, consent_text_version)
         VALUES ($1, 1, 'submitted', now(), now(), 1)`,
        [id],
      ),
    );
    for (const hours of [72, 48, 24, 2]) await dispatchDueMessages(at(start, hours));
    expect((await remindersTo("rem3")).map((m) => m.kind)).toEqual(["appointment-reminder", "appointment-reminder"]);
  });

  it("sends nothing for a cancelled booking", async () => {
    const start = londonTime(mondayWeeksAhead(70), "13:00");
    const { token } = await bookAt(start, "rem4", at(start, 24 * 5));
    expect(await cancelByToken(token, at(start, 24 * 4))).toEqual({ ok: true });
    for (const hours of [72, 48, 24, 2]) await dispatchDueMessages(at(start, hours));
    expect(await remindersTo("rem4")).toEqual([]);
  });

  it("moves pending messages with a reschedule: none for the old time, each for the new one", async () => {
    const start = londonTime(mondayWeeksAhead(70), "14:00");
    const later = londonTime(mondayWeeksAhead(71), "14:00");
    const { token } = await bookAt(start, "rem5", at(start, 24 * 5));
    await dispatchDueMessages(at(start, 72)); // the old time's first chaser went out
    expect(await rescheduleByToken(token, later, at(start, 71))).toEqual({ ok: true });
    for (const hours of [48, 24, 2]) await dispatchDueMessages(at(start, hours));
    expect(await remindersTo("rem5")).toHaveLength(1);
    for (const hours of [72, 48, 24, 2]) await dispatchDueMessages(at(later, hours));
    const sent = await remindersTo("rem5");
    expect(sent).toHaveLength(5);
    expect(sent.slice(1).every((m) => m.calendar?.entry.start === later)).toBe(true);
  });

  it("arrives by SMTP as text and HTML with the time, both links and the calendar file, and no health details", async () => {
    const start = londonTime(mondayWeeksAhead(70), "15:00");
    const booked = await bookAt(start, "rem6", at(start, 24 * 5));
    await dispatchDueMessages(at(start, 24));
    const [message] = await remindersTo("rem6");
    await deliver(message!, smtp.url);
    const mail = await waitFor(() => mailTo(smtp.received, patient("rem6").email), 10_000);
    expect(mail.subject).toMatch(/^Reminder: Follow-up on .* at 15:00, and your questionnaire$/);
    for (const part of [mail.text!, mail.html as string]) {
      expect(part).toContain(booked.manageUrl);
      expect(part).toContain(booked.intakeUrl);
      expect(part).toContain("with Maya Okafor");
      expect(part).toContain("Stride Sports Physio");
    }
    expect(mail.html).toContain('<html lang="en-GB">');
    expect(mail.attachments.map((a) => a.filename)).toEqual(["appointment.ics"]);
    expect(`${mail.subject} ${mail.text}`).not.toMatch(/pain|injur|knee|back|symptom|swell|numb/i);
  });
});
