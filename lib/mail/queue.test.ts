import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { bookingTimes } from "@/lib/booking/blocked-window";
import { createBooking } from "@/lib/booking/book";
import { insertBookingWithPatient, shiftParameters } from "@/lib/booking/data/bookings";
import { withPg } from "@/test/pg";
import { londonTime, mondayWeeksAhead, patient, therapistIds } from "@/test/booking-fixtures";
import { queuedMailTo } from "@/test/mail-jobs";
import { mailTo as mailToIn, testSmtp, waitFor, type TestSmtp } from "@/test/smtp";

import type { MailMessage } from "./message";
import { mailInsertStatement, startEveryMinute, startMailWorker, stopMailWorker } from "./queue";

let smtp: TestSmtp;
const mailTo = (address: string) => mailToIn(smtp.received, address);

beforeAll(async () => {
  smtp = await testSmtp();
  process.env.SMTP_URL = smtp.url;
  await startMailWorker();
});

afterAll(async () => {
  await stopMailWorker();
  await smtp.stop();
  delete process.env.SMTP_URL;
});

async function book(start: string, who: string) {
  const ids = await therapistIds();
  const outcome = await createBooking({
    type: "initial-assessment",
    therapistId: ids["tom-reilly"],
    start,
    patient: patient(who),
  });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.reply;
}

describe("booking e-mail", () => {
  it("delivers the confirmation with the appointment, both links and a calendar file", async () => {
    const reply = await book(londonTime(mondayWeeksAhead(3), "14:00"), "mail1");
    const mail = await waitFor(() => mailTo("pat.mail1@example.com"), 20_000);
    expect(mail.subject).toMatch(/^Booked: Initial assessment on Monday \d+ \w+ \d{4} at 14:00$/);
    expect(mail.text).toContain("with Tom Reilly");
    expect(mail.text).toContain(reply.manageUrl);
    expect(mail.text).toContain(reply.intakeUrl);
    const ics = mail.attachments.find((a) => a.filename === "appointment.ics");
    expect(ics?.contentType).toBe("text/calendar");
    const calendar = ics!.content.toString("utf8");
    expect(calendar).toContain("BEGIN:VEVENT");
    expect(calendar).toContain(`DTSTART:${reply.start.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`);
    expect(calendar).toContain(`UID:${reply.id}@stride`);
    expect(calendar).toContain("LOCATION:Stride Sports Physio\\, 12 Riverside Walk\\, Bristol BS1 4RB");
  });

  it("keeps a message while the mail server is down and delivers it once it is back; the booking never fails", async () => {
    await smtp.stop();
    const reply = await book(londonTime(mondayWeeksAhead(3), "17:00"), "mail2");
    expect(reply.id).toBeTruthy();
    // Let the worker try and fail at least once.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const waiting = await withPg(
      async (c) =>
        (
          await c.query(
            "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'booking-email' AND retry_count >= 1 AND state <> 'completed'",
          )
        ).rows[0].n,
    );
    expect(mailTo("pat.mail2@example.com")).toBeUndefined();
    expect(waiting).toBeGreaterThanOrEqual(1);
    await smtp.start();
    const mail = await waitFor(() => mailTo("pat.mail2@example.com"), 30_000);
    expect(mail.subject).toMatch(/^Booked: Initial assessment/);
  });
});

// The booking's single statement (lib/booking/data/bookings.ts) embeds the INSERT
// pg-boss itself would run and renumbers its parameters. That holds for the pinned
// pg-boss (10.4.2); these fail if an upgrade changes how a job is queued.
describe("pg-boss contract", () => {
  const message = (to: string): MailMessage => ({
    kind: "booking-confirmation",
    from: "clinic@example.com",
    to,
    subject: `Contract check for ${to}`,
    text: "Queued by the booking's one statement.",
  });
  const LITERAL = /'(?:[^']|'')*'/g;
  const PARAMETER = /\$(\d+)\b/g;
  const numbers = (sql: string) => [...sql.matchAll(PARAMETER)].map((m) => Number(m[1]));

  it("queues a message with one INSERT into pgboss.job, parameters $1..$n all used, no `$` in a literal", async () => {
    const { text, values } = await mailInsertStatement(message("contract.shape@example.com"));
    expect(text).toMatch(/^\s*INSERT INTO pgboss\.job\s*\(/);
    expect(
      text
        .replace(LITERAL, "''")
        .split(";")
        .filter((part) => part.trim()),
    ).toHaveLength(1);
    expect((text.match(LITERAL) ?? []).filter((literal) => literal.includes("$"))).toEqual([]);
    const code = text.replace(LITERAL, "''");
    // Every `$` is a parameter: no dollar-quoted body the renumbering could rewrite.
    expect(code.replace(PARAMETER, "")).not.toContain("$");
    expect([...new Set(numbers(code))].sort((a, b) => a - b)).toEqual(values.map((_, i) => i + 1));
  });

  it("renumbering moves every parameter past the booking's and changes nothing else", async () => {
    const { text } = await mailInsertStatement(message("contract.renumber@example.com"));
    const shifted = shiftParameters(text, 17);
    expect(numbers(shifted)).toEqual(numbers(text).map((n) => n + 17));
    expect(shifted.replace(PARAMETER, "$")).toBe(text.replace(PARAMETER, "$"));
  });

  it("the booking's one statement queues a job this worker fetches and sends, with its retry options", async () => {
    const to = `contract.${randomUUID()}@example.com`;
    const { type, therapistId } = await withPg(async (c) => ({
      type: (
        await c.query(`SELECT id, minutes, buffer_before_minutes AS "bufferBeforeMinutes",
                              buffer_after_minutes AS "bufferAfterMinutes"
                         FROM appointment_types WHERE slug = 'follow-up'`)
      ).rows[0],
      therapistId: (await c.query("SELECT id FROM therapists WHERE slug = 'priya-shah'")).rows[0].id as string,
    }));
    await insertBookingWithPatient({
      id: randomUUID(),
      patient: { name: "Contract Check", email: to, phone: "07700 900555" },
      therapistId,
      appointmentTypeId: type.id,
      ...bookingTimes(new Date("2031-04-01T06:00:00Z"), type),
      manageTokenHash: `contract-${randomUUID()}`,
      intakeTokenHash: `contract-${randomUUID()}`,
      mail: message(to),
    });
    const [job] = await queuedMailTo([to]);
    expect(job?.message).toEqual(message(to));
    const stored = await withPg(async (c) => {
      const { rows } = await c.query(
        `SELECT retry_limit, retry_backoff, extract(epoch FROM expire_in)::int AS expire_seconds
           FROM pgboss.job WHERE id = $1`,
        [job!.id],
      );
      return rows[0];
    });
    expect(stored).toEqual({ retry_limit: 20, retry_backoff: true, expire_seconds: 300 });
    const mail = await waitFor(() => mailTo(to), 20_000);
    expect(mail.subject).toBe(`Contract check for ${to}`);
    expect(mail.text?.trim()).toBe("Queued by the booking's one statement.");
  });
});

describe("recurring jobs", () => {
  it("runs a 12-hourly task (the retention job's period) once, however often instances offer it", async () => {
    const name = `test-recurring-${randomUUID().slice(0, 8)}`;
    let runs = 0;
    await startEveryMinute(name, async () => runs++, 43_200);
    await waitFor(() => (runs > 0 ? runs : undefined), 20_000);
    // Two more instances offering the same job in the same period add nothing.
    await startEveryMinute(name, async () => runs++, 43_200);
    const { rows } = await withPg((c) => c.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1", [name]));
    expect(rows[0].n).toBe(1);
    expect(runs).toBe(1);
  });
});
