import "server-only";

import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import nodemailer from "nodemailer";

import { calendarFile } from "@/lib/booking/calendar-file";

import type { MailMessage } from "./message";

// A folder chosen at run time, outside the code: the ignore comment keeps the build from
// tracing (and copying into its output) every file the path could reach, the mail included.
const mailDir = () => path.resolve(/* turbopackIgnore: true */ process.env.STRIDE_MAIL_DIR || ".data/mail");

/**
 * Sends one message: through SMTP_URL when it is set, otherwise as an .eml file
 * in .data/mail for a developer to open. Throws when the server refuses or is
 * down, so the queue retries later.
 */
export async function deliver(message: MailMessage, smtpUrl = process.env.SMTP_URL): Promise<void> {
  const { kind, calendar, ...rest } = message;
  const mail = {
    ...rest,
    attachments: calendar && [
      {
        filename: calendar.filename,
        content: calendarFile({
          ...calendar.entry,
          start: new Date(calendar.entry.start),
          end: new Date(calendar.entry.end),
        }),
        contentType: `text/calendar; charset=utf-8; method=${calendar.entry.cancelled ? "CANCEL" : "PUBLISH"}`,
      },
    ],
  };
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000 });
    try {
      await transport.sendMail(mail);
    } finally {
      transport.close();
    }
    return;
  }
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await stream.sendMail(mail);
  await mkdir(mailDir(), { recursive: true });
  // The worker sends a batch back to back: two messages in one millisecond must not share a file.
  const file = path.join(
    mailDir(),
    `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}-${kind}.eml`,
  );
  await writeFile(file, info.message as Buffer, { mode: 0o600 });
  console.log(`✉ ${kind} written to ${path.relative(process.cwd(), file)} (no SMTP_URL set)`);
}
