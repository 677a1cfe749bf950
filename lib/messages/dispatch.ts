import "server-only";

import { intakePath, managePath } from "@/lib/booking/book";
import type { BookingMailDetails } from "@/lib/booking/emails";
import { openSealedManageToken } from "@/lib/booking/sealed-token";
import { siteUrl } from "@/lib/clinic/site-url";

import { bookingsToRemind, claimMessages, messageSettings, type BookingToRemind } from "./data";
import { reminderMail } from "./emails";
import { messagesDueNow } from "./plan";

/**
 * Sends every reminder and questionnaire chaser due at `now` (run each minute by
 * the queue, lib/mail/worker-start.ts). Safe to run anywhere, any number of times:
 * each message is claimed in the database before it is queued. Returns how many
 * e-mails it queued.
 */
export async function dispatchDueMessages(now = new Date()): Promise<number> {
  const settings = await messageSettings();
  if (!settings) return 0;
  const horizon = Math.max(0, ...settings.reminders, ...settings.chases);
  if (horizon === 0) return 0;
  let queued = 0;
  for (const booking of await bookingsToRemind(now, horizon)) {
    const due = messagesDueNow(booking, settings, new Set(booking.sent), now);
    if (due.length === 0) continue;
    try {
      const mail = reminderMail(mailDetails(booking, settings.clinic), due);
      if (await claimMessages(booking.id, booking.startsAt, due, mail)) queued++;
    } catch (error) {
      // One booking's fault (a link sealed under an old secret) must not hold up the others' reminders.
      console.error(`Reminder for booking ${booking.id} not sent: ${(error as Error).message}`);
    }
  }
  return queued;
}

function mailDetails(b: BookingToRemind, clinic: BookingMailDetails["clinic"]): BookingMailDetails {
  const token = openSealedManageToken(b.manageTokenSealed);
  const site = siteUrl();
  return {
    bookingId: b.id,
    clinic,
    patientName: b.patientName,
    to: b.email,
    typeName: b.typeName,
    minutes: b.minutes,
    therapistName: b.therapistName,
    start: b.startsAt,
    end: b.endsAt,
    manageUrl: new URL(managePath(token), site).toString(),
    intakeUrl: new URL(intakePath(token), site).toString(),
    // The calendar entry as last changed: the same SEQUENCE the last change sent.
    sequence: Math.floor((b.updatedAt.getTime() - b.createdAt.getTime()) / 1000),
  };
}
