import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

import { cancelledMail, confirmationMail, rescheduledMail, type BookingMailDetails } from "../lib/booking/emails";
import { clinicFromEnv } from "../lib/clinic/contact";
import type { MailMessage } from "../lib/mail/message";
import { reminderMail, therapistChangedMail, therapistNotice, urgentCaseAlert } from "../lib/messages/emails";
import { joinedMail, offerMail } from "../lib/waitlist/emails";

// Usage: tsx scripts/mail-previews.ts <dir>
// Writes every e-mail a patient or therapist can get, with made-up details, as <kind>.html
// (the HTML part) and <kind>.txt (the plain-text part), to read or screenshot
// (scripts/screenshot.ts file://…/<kind>.html previews.png 375).
const dir = process.argv[2];
if (!dir) {
  console.error("usage: tsx scripts/mail-previews.ts <dir>");
  process.exit(2);
}
const clinic = clinicFromEnv();
const site = "https://clinic.example";
const start = new Date("2027-03-22T09:30:00Z");
const booking: BookingMailDetails = {
  bookingId: "00000000-0000-4000-8000-000000000001",
  clinic,
  patientName: "Ada Lovelace",
  to: "ada@example.com",
  typeName: "Follow-up",
  minutes: 30,
  therapistName: "Maya Okafor",
  start,
  end: new Date(start.getTime() + 30 * 60_000),
  manageUrl: `${site}/appointments/<token>`,
  intakeUrl: `${site}/intake/<token>`,
  sequence: 0,
};
const due = (kind: "reminder" | "chase", offsetMinutes: number) => ({
  kind,
  offsetMinutes,
  dueAt: new Date(start.getTime() - offsetMinutes * 60_000),
});
const waiting = { clinic, patientName: "Ada Lovelace", to: "ada@example.com", typeName: "Follow-up" };
const previews: [string, MailMessage][] = [
  ["booking-confirmation", confirmationMail(booking)],
  ["booking-rescheduled", rescheduledMail(booking)],
  ["booking-rescheduled-by-clinic", rescheduledMail(booking, "clinic")],
  ["booking-cancelled", cancelledMail(booking)],
  ["booking-cancelled-by-clinic", cancelledMail(booking, "clinic")],
  ["appointment-reminder", reminderMail(booking, [due("reminder", 120)])],
  ["questionnaire-chase", reminderMail(booking, [due("chase", 1440)])],
  ["appointment-reminder-and-chase", reminderMail(booking, [due("reminder", 2880), due("chase", 2880)])],
  ["booking-therapist-changed", therapistChangedMail({ ...booking, therapistName: "Tom Reilly" })],
  ["urgent-case-alert", urgentCaseAlert(clinic, "maya@clinic.example", `${site}/staff/cases/<id>`)],
  [
    "therapist-notice",
    therapistNotice({
      clinic,
      to: "maya@clinic.example",
      typeName: "Follow-up",
      was: start,
      scheduleUrl: `${site}/staff/schedule`,
    }),
  ],
  [
    "waitlist-joined",
    joinedMail({
      ...waiting,
      therapistName: null,
      from: "2027-03-22",
      until: "2027-04-02",
      leaveUrl: `${site}/waitlist/leave/<token>`,
    }),
  ],
  [
    "waitlist-offer",
    offerMail({
      ...waiting,
      therapistName: "Priya Shah",
      minutes: 30,
      start,
      heldUntil: new Date("2027-03-20T14:30:00Z"),
      offerUrl: `${site}/waitlist/offers/<token>`,
    }),
  ],
];
await mkdir(dir, { recursive: true });
for (const [name, message] of previews) {
  await writeFile(path.join(dir, `${name}.html`), message.html ?? "");
  await writeFile(path.join(dir, `${name}.txt`), `Subject: ${message.subject}\n\n${message.text}`);
}
console.log(`wrote ${previews.length} e-mails to ${dir}`);
