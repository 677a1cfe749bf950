import { simpleParser, type ParsedMail } from "mailparser";
import getPort from "get-port";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createBooking } from "@/lib/booking/book";
import { withPg } from "@/test/pg";
import { londonTime, mondayWeeksAhead, patient, therapistIds } from "@/test/booking-fixtures";

import { startMailWorker, stopMailWorker } from "./queue";

// A real SMTP server in this process: what it receives is what a patient would get.
const received: ParsedMail[] = [];
let port: number;
let server: SMTPServer | undefined;

function startSmtp(): Promise<void> {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  return new Promise((resolve) => server!.listen(port, "127.0.0.1", resolve));
}
const stopSmtp = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
const mailTo = (address: string) => received.find((m) => m.to && !Array.isArray(m.to) && m.to.text === address);

async function waitFor<T>(find: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  port = await getPort({ host: "127.0.0.1" });
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  await startSmtp();
  await startMailWorker();
});

afterAll(async () => {
  await stopMailWorker();
  await stopSmtp();
  delete process.env.SMTP_URL;
});

async function book(start: string, who: string) {
  const ids = await therapistIds();
  const outcome = await createBooking({ type: "initial-assessment", therapistId: ids["tom-reilly"], start, patient: patient(who) });
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
    await stopSmtp();
    const reply = await book(londonTime(mondayWeeksAhead(3), "17:00"), "mail2");
    expect(reply.id).toBeTruthy();
    // Let the worker try and fail at least once.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const waiting = await withPg(async (c) =>
      (await c.query("SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'booking-email' AND retry_count >= 1 AND state <> 'completed'")).rows[0].n,
    );
    expect(mailTo("pat.mail2@example.com")).toBeUndefined();
    expect(waiting).toBeGreaterThanOrEqual(1);
    await startSmtp();
    const mail = await waitFor(() => mailTo("pat.mail2@example.com"), 30_000);
    expect(mail.subject).toMatch(/^Booked: Initial assessment/);
  });
});
