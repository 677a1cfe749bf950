import "server-only";

import { randomUUID } from "node:crypto";

import { localDateOf, localDateRange } from "@/lib/calendar/dates";
import { getClinic } from "@/lib/clinic/data";
import { siteUrl } from "@/lib/clinic/site-url";
import { seal, unseal } from "@/lib/sealed-box";

import { isSlotFree } from "./availability";
import { bookingTimes } from "./blocked-window";
import {
  EmailLimitReached,
  IdempotencyKeyTaken,
  findIdempotencyKey,
  hasMatchingPatient,
  insertBookingWithPatient,
} from "./data/bookings";
import { loadSchedules, loadSlotInputs } from "./data/slot-inputs";
import { confirmationMail } from "./emails";
import { ScheduleChangedError, SlotUnavailableError } from "./errors";
import { requestFingerprint } from "./idempotency";
import { LINK_TOKEN_DAYS, confirmPatientPath } from "./patient-link-paths";
import { pickTherapist } from "./pick-therapist";
import type { BookingRequest } from "./schemas";
import { sealManageToken } from "./sealed-token";
import { hashToken, intakeTokenFor, newToken } from "./tokens";

export interface BookingReply {
  id: string;
  start: string;
  end: string;
  therapist: { id: string; displayName: string };
  type: { slug: string; name: string };
  manageUrl: string;
  intakeUrl: string;
}

export type BookingOutcome =
  | { ok: true; reply: BookingReply }
  | { ok: false; error: "slot_unavailable" }
  | { ok: false; error: "idempotency_key_reused" }
  | { ok: false; error: "invalid"; fields: Record<string, string> };

const REPLY_SEAL = "idempotent-reply";

export const managePath = (token: string) => `/appointments/${token}`;
export const intakePath = (manageToken: string) => `/intake/${intakeTokenFor(manageToken)}`;

/**
 * Books one appointment. The engine's rules (hours, notice, horizon, and for
 * "any" the buffers around other bookings) are checked first so a clear 409
 * comes back without touching the constraint; the EXCLUDE constraint then
 * settles overlaps and races. "any" tries the free therapists
 * with the fewest bookings that day first, and moves on if one is taken meanwhile.
 */
export async function createBooking(
  request: BookingRequest,
  options: {
    idempotencyKey?: string;
    now?: Date;
    /** A public booking: at most this many future bookings per e-mail address (staff bookings pass none). */
    futureBookingsPerEmail?: number;
  } = {},
): Promise<BookingOutcome> {
  const { idempotencyKey, now = new Date(), futureBookingsPerEmail } = options;
  const fingerprint = idempotencyKey ? requestFingerprint(request) : "";
  // A retry, or the same key racing itself, gets the first booking's reply, but
  // only for the same request: another body under that key gets no links.
  const replay = async (): Promise<BookingOutcome | null> => {
    const earlier = idempotencyKey ? await findIdempotencyKey(idempotencyKey) : null;
    if (!earlier) return null;
    if (earlier.fingerprint !== fingerprint) return { ok: false, error: "idempotency_key_reused" };
    return { ok: true, reply: unseal<BookingReply>(REPLY_SEAL, earlier.reply) };
  };
  const [first, returning] = await Promise.all([
    replay(),
    hasMatchingPatient(request.patient.email, request.patient.name),
  ]);
  if (first) return first;
  // Schedules come from the cache; if they changed since, the insert refuses and
  // the booking is checked once more against the database's own.
  const attempt = { request, now, idempotencyKey, fingerprint, futureBookingsPerEmail, returning, replay };
  const cached = await attemptBooking(attempt, false);
  if (cached !== "schedule_changed") return cached;
  const fresh = await attemptBooking(attempt, true);
  return fresh === "schedule_changed" ? { ok: false, error: "slot_unavailable" } : fresh;
}

interface Attempt {
  request: BookingRequest;
  now: Date;
  idempotencyKey?: string;
  fingerprint: string;
  futureBookingsPerEmail?: number;
  returning: boolean;
  replay: () => Promise<BookingOutcome | null>;
}

async function attemptBooking(attempt: Attempt, fresh: boolean): Promise<BookingOutcome | "schedule_changed"> {
  const { request, now, idempotencyKey, fingerprint, futureBookingsPerEmail, returning, replay } = attempt;
  const start = new Date(request.start);
  const clinic = await getClinic();
  const day = localDateOf(start, clinic.timeZone);
  const range = localDateRange(day, day, clinic.timeZone);
  // For one named therapist the bookings are not read: the EXCLUDE constraint
  // makes exactly the overlap check (buffers included) that they would feed, so
  // a taken time still answers 409, one round trip sooner for every free one.
  // "Any" needs them to choose among the therapists.
  const inputs =
    request.therapistId === "any"
      ? await loadSlotInputs(
          request.type,
          null,
          new Date(range.from.getTime() - 86_400_000),
          new Date(range.to.getTime() + 86_400_000),
          null,
          { fresh },
        )
      : await loadSchedules(request.type, request.therapistId, { fresh });
  if ("unknown" in inputs) {
    return inputs.unknown === "type"
      ? { ok: false, error: "invalid", fields: { type: "No appointment type has that name" } }
      : { ok: false, error: "invalid", fields: { therapistId: "No therapist with that id offers this appointment" } };
  }
  const rules = inputs.type;
  const free = inputs.therapists.filter((t) => isSlotFree(t, rules, start, inputs.timeZone, now));
  const sameDay = (t: number) => t >= range.from.getTime() && t < range.to.getTime();
  const load = Object.fromEntries(
    inputs.therapists.map((t) => [t.therapistId, t.bookingStarts.filter(sameDay).length]),
  );
  const order = inputs.therapists.map((t) => t.therapistId);

  const times = bookingTimes(start, inputs.type);
  const end = times.endsAt;
  const site = siteUrl();
  let candidates = free.map((t) => t.therapistId);
  while (candidates.length > 0) {
    const therapistId = pickTherapist(candidates, load, order)!;
    candidates = candidates.filter((id) => id !== therapistId);
    const therapist = inputs.therapists.find((t) => t.therapistId === therapistId)!;
    const manageToken = newToken();
    const linkToken = returning ? newToken() : null;
    const id = randomUUID();
    const reply: BookingReply = {
      id,
      start: start.toISOString(),
      end: end.toISOString(),
      therapist: { id: therapistId, displayName: therapist.displayName },
      type: { slug: inputs.type.slug, name: inputs.type.name },
      manageUrl: new URL(managePath(manageToken), site).toString(),
      intakeUrl: new URL(intakePath(manageToken), site).toString(),
    };
    try {
      await insertBookingWithPatient({
        id,
        patient: request.patient,
        therapistId,
        appointmentTypeId: inputs.type.id,
        ...times,
        manageTokenHash: hashToken(manageToken),
        manageTokenSealed: sealManageToken(manageToken),
        bookedAt: now,
        intakeTokenHash: hashToken(intakeTokenFor(manageToken)),
        idempotency: idempotencyKey ? { key: idempotencyKey, fingerprint, reply: seal(REPLY_SEAL, reply) } : undefined,
        linkToken: linkToken
          ? { hash: hashToken(linkToken), expiresAt: new Date(now.getTime() + LINK_TOKEN_DAYS * 86_400_000) }
          : undefined,
        notes: request.notes,
        region: request.region,
        area: request.area,
        mail: confirmationMail({
          bookingId: id,
          clinic,
          patientName: request.patient.name,
          to: request.patient.email,
          typeName: inputs.type.name,
          minutes: inputs.type.minutes,
          therapistName: therapist.displayName,
          start,
          end,
          manageUrl: reply.manageUrl,
          intakeUrl: reply.intakeUrl,
          sequence: 0,
          linkVisitsUrl: linkToken ? new URL(confirmPatientPath(linkToken), site).toString() : undefined,
        }),
        maxFutureForEmail: futureBookingsPerEmail,
        dataVersion: inputs.dataVersion,
      });
      return { ok: true, reply };
    } catch (error) {
      if (error instanceof ScheduleChangedError) return "schedule_changed";
      if (error instanceof EmailLimitReached) {
        return {
          ok: false,
          error: "invalid",
          fields: {
            "patient.email": `This e-mail address already has ${futureBookingsPerEmail} appointments booked ahead, the most we take online. To book another, call us on ${clinic.phone}.`,
          },
        };
      }
      if (!(error instanceof SlotUnavailableError) && !(error instanceof IdempotencyKeyTaken)) throw error;
      const raced = await replay();
      if (raced) return raced;
      if (error instanceof IdempotencyKeyTaken) throw error;
    }
  }
  return (await replay()) ?? { ok: false, error: "slot_unavailable" };
}
