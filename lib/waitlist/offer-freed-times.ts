import "server-only";

import { freeSlotStarts } from "@/lib/booking/availability";
import { bookingTimes } from "@/lib/booking/blocked-window";
import { loadSlotInputs } from "@/lib/booking/data/slot-inputs";
import { hashToken, newToken } from "@/lib/booking/tokens";
import { localDateOf, localDateRange, todayIn } from "@/lib/calendar/dates";
import { siteUrl } from "@/lib/clinic/site-url";

import { lapseExpiredOffers, withNextFreedWindow, type FreedWork } from "./data/offers";
import { offerMail } from "./emails";
import { datesToSearch, firstFreedStart, offeredHere } from "./match";

/** How long an offered time is held for its patient. */
export const HOLD_MINUTES = 30;
const DAY_MS = 86_400_000;

export const offerPath = (token: string) => `/waitlist/offers/${token}`;

/**
 * The waitlist's minute job (lib/mail/worker-start.ts): lets lapsed offers go,
 * then hands each freed stretch of time to the first waiting patients it suits,
 * in joining order, one held time and one offer e-mail each. Safe on every
 * instance at once: each freed window is taken by one run (SKIP LOCKED), and
 * the EXCLUDE constraint refuses a second hold on any time.
 */
export async function offerFreedTimes(now = new Date()): Promise<{ lapsed: number; offered: number }> {
  const lapsed = await lapseExpiredOffers(now);
  let offered = 0;
  for (;;) {
    const done = await withNextFreedWindow((work) => offerWindow(work, now));
    if (!done) break;
    offered += done.result;
  }
  return { lapsed, offered };
}

async function offerWindow({ window, clinic, entries, hold }: FreedWork, now: Date): Promise<number> {
  const zone = clinic.timeZone;
  const windowDates = {
    from: localDateOf(window.from, zone),
    to: localDateOf(new Date(window.until.getTime() - 1), zone),
  };
  const today = todayIn(zone, now);
  const heldThisRun = new Set<number>();
  let offered = 0;
  for (const entry of entries) {
    const dates = datesToSearch(entry, windowDates, today);
    if (!dates) continue;
    const range = localDateRange(dates.from, dates.to, zone);
    const inputs = await loadSlotInputs(
      entry.typeSlug,
      window.therapistId,
      new Date(range.from.getTime() - DAY_MS),
      new Date(range.to.getTime() + DAY_MS),
      null,
      { fresh: true },
    );
    // The therapist does not (or no longer) offer this type.
    if ("unknown" in inputs || offeredHere(entry.offered, inputs.type, window)) continue;
    const starts = freeSlotStarts(inputs.therapists, inputs.type, {
      timeZone: zone,
      fromDate: dates.from,
      toDate: dates.to,
      now,
    }).map((s) => s.start);
    const passOver = new Set(heldThisRun);
    for (let start = firstFreedStart(starts, inputs.type, window, passOver); start !== null;) {
      passOver.add(start);
      const token = newToken();
      const startsAt = new Date(start);
      const heldUntil = new Date(Math.min(now.getTime() + HOLD_MINUTES * 60_000, start));
      const held = await hold({
        entry,
        therapistId: window.therapistId,
        times: bookingTimes(startsAt, inputs.type),
        // The held row's manage link opens nothing: no one is ever given its token.
        manageTokenHash: hashToken(newToken()),
        offerTokenHash: hashToken(token),
        expiresAt: heldUntil,
        mail: offerMail({
          clinic,
          patientName: entry.patientName,
          to: entry.email,
          typeName: inputs.type.name,
          therapistName: inputs.therapists[0]!.displayName,
          minutes: inputs.type.minutes,
          start: startsAt,
          heldUntil,
          offerUrl: new URL(offerPath(token), siteUrl()).toString(),
        }),
      });
      if (held) {
        heldThisRun.add(start);
        offered++;
        break;
      }
      start = firstFreedStart(starts, inputs.type, window, passOver);
    }
  }
  return offered;
}
