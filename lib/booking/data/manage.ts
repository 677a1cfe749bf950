import "server-only";

import { db } from "@/lib/db";
import { closedReason } from "@/lib/intake/closing";
import { enqueueMail } from "@/lib/mail/queue";
import type { MailMessage } from "@/lib/mail/message";

import type { BookingTimes } from "../blocked-window";
import {
  isDeadlock,
  isExclusionViolation,
  isScheduleChanged,
  ScheduleChangedError,
  SlotUnavailableError,
} from "../errors";
import { executorFor } from "./bookings";

export interface ManagedBooking {
  id: string;
  status: "booked" | "cancelled" | "completed" | "no_show";
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  therapist: { id: string; displayName: string };
  type: {
    slug: string;
    name: string;
    minutes: number;
    priceMinor: number;
    currency: string;
    bufferBeforeMinutes: number;
    bufferAfterMinutes: number;
    cancelCutoffMinutes: number;
  };
  patient: { name: string; email: string };
  /** Where the pre-appointment questionnaire stands: not started, a draft, sent (and when), or closed unsent. */
  questionnaire:
    | { state: "none" }
    | { state: "draft" }
    /** Sent, and when; withdrawnAt when the patient has since withdrawn their consent. */
    | { state: "sent"; at: Date; withdrawnAt: Date | null }
    | { state: "closed" };
  manageTokenHash: string;
}

/** The booking a manage link's token hash opens, as a small plain object; null for any other hash. */
export async function findBookingByTokenHash(hash: string): Promise<ManagedBooking | null> {
  const row = await db.booking.findUnique({
    where: { manageTokenHash: hash },
    select: {
      id: true,
      status: true,
      startsAt: true,
      endsAt: true,
      createdAt: true,
      manageTokenHash: true,
      therapist: { select: { id: true, displayName: true } },
      appointmentType: {
        select: {
          slug: true,
          name: true,
          minutes: true,
          priceMinor: true,
          currency: true,
          bufferBeforeMinutes: true,
          bufferAfterMinutes: true,
          cancelCutoffMinutes: true,
        },
      },
      patient: { select: { name: true, email: true } },
      intake: { select: { status: true, submittedAt: true, consentWithdrawnAt: true } },
    },
  });
  // A time held for a waitlist offer is nobody's booking yet (lib/waitlist).
  if (!row || row.status === "held") return null;
  const { appointmentType, intake, status, ...rest } = row;
  const sent = intake?.status === "submitted" && intake.submittedAt;
  // The page never offers a link the questionnaire would then refuse (lib/intake/closing.ts).
  const questionnaire: ManagedBooking["questionnaire"] = sent
    ? { state: "sent", at: sent, withdrawnAt: intake.consentWithdrawnAt }
    : closedReason(row, new Date())
      ? { state: "closed" }
      : intake
        ? { state: "draft" }
        : { state: "none" };
  return { ...rest, status, type: appointmentType, questionnaire };
}

/** What a patient's change came to: done, not possible (no longer booked), or past the clinic's limit of changes. */
export type ChangeResult = "done" | "closed" | "too_many_changes";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Changes a live booking only while it has had fewer than `maxChanges` patient
 * changes, counting this one: the check and the count are one UPDATE, so
 * parallel requests cannot exceed the limit. No limit when `maxChanges` is null.
 */
async function changeOnce(
  tx: Tx,
  id: string,
  maxChanges: number | null,
  data: Record<string, unknown>,
): Promise<ChangeResult> {
  const limited = maxChanges === null ? {} : { patientChanges: { lt: maxChanges } };
  const changed = await tx.booking.updateMany({
    where: { id, status: "booked", ...limited },
    data: { ...data, patientChanges: { increment: 1 } },
  });
  if (changed.count > 0) return "done";
  const row = await tx.booking.findUnique({ where: { id }, select: { status: true } });
  return row?.status === "booked" ? "too_many_changes" : "closed";
}

/**
 * Moves a live booking; the old time is freed in the same statement, the constraint guards the new one.
 * `messagesFrom` (the moment of the change) moves its pending reminders to the new time (lib/messages).
 */
export async function moveBooking(
  id: string,
  times: BookingTimes & { messagesFrom: Date },
  mail: MailMessage,
  maxChanges: number | null = null,
  /** The data version the new time was checked against (SlotInputs.dataVersion); unset: no check. */
  dataVersion?: string,
  /** The therapist's notice, given their address. */
  notice?: TherapistNotice,
): Promise<ChangeResult> {
  try {
    return await db.$transaction(async (tx) => {
      if (dataVersion) await tx.$queryRaw`SELECT stride_check_data_version(${dataVersion}::bigint)`;
      const result = await changeOnce(tx, id, maxChanges, { ...times });
      if (result === "done") await queueMails(tx, id, mail, notice);
      return result;
    });
  } catch (error) {
    if (isExclusionViolation(error) || isDeadlock(error)) throw new SlotUnavailableError();
    if (isScheduleChanged(error)) throw new ScheduleChangedError();
    throw error;
  }
}

/** Cancels a live booking (its time is free at once) and queues the e-mail. */
export async function cancelBookingRow(
  id: string,
  mail: MailMessage,
  maxChanges: number | null = null,
  notice?: TherapistNotice,
): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    const result = await changeOnce(tx, id, maxChanges, { status: "cancelled", cancelledAt: new Date() });
    if (result === "done") await queueMails(tx, id, mail, notice);
    return result;
  });
}

/** Builds the therapist's notice for their address (read here, never handed to the patient's page). */
export type TherapistNotice = (to: string) => MailMessage;

/** The patient's e-mail and, when the therapist has an active sign-in, their notice: with the change or not at all. */
async function queueMails(tx: Tx, bookingId: string, mail: MailMessage, notice?: TherapistNotice) {
  await enqueueMail(executorFor(tx), mail);
  if (!notice) return;
  const row = await tx.booking.findUnique({
    where: { id: bookingId },
    select: { therapist: { select: { staffUser: { select: { email: true, active: true } } } } },
  });
  const staff = row?.therapist.staffUser;
  if (staff?.active) await enqueueMail(executorFor(tx), notice(staff.email));
}
