import "server-only";

import { bookingsToRemind, claimMessages, messageSettings } from "./data";
import { reminderMail } from "./emails";
import { bookingMailDetails } from "./mail-details";
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
      const mail = reminderMail(bookingMailDetails(booking, settings.clinic), due);
      if (await claimMessages(booking.id, booking.startsAt, due, mail)) queued++;
    } catch (error) {
      // One booking's fault (a link sealed under an old secret) must not hold up the others' reminders.
      console.error(`Reminder for booking ${booking.id} not sent: ${(error as Error).message}`);
    }
  }
  return queued;
}
