/**
 * Which reminder and questionnaire-chasing messages a booking gets, and which go
 * out now. Pure: the dispatcher (dispatch.ts) supplies the booking, the clinic's
 * offsets, what was already sent and the time.
 */
export type MessageKind = "reminder" | "chase";

export interface PlannedMessage {
  kind: MessageKind;
  /** Minutes before the appointment. */
  offsetMinutes: number;
  dueAt: Date;
}

export interface Offsets {
  reminders: readonly number[];
  chases: readonly number[];
}

export interface BookingForMessages {
  startsAt: Date;
  /** When it was booked or last moved: a message due before this is skipped, not sent late. */
  messagesFrom: Date;
  questionnaireSent: boolean;
}

/** Messages due within this long of one another go out as one. */
export const MERGE_WINDOW_MS = 60 * 60_000;

export const messageKey = (m: Pick<PlannedMessage, "kind" | "offsetMinutes">) => `${m.kind}:${m.offsetMinutes}`;

/** Every message this booking's time calls for, earliest first; chasing stops once the questionnaire is in. */
export function plannedMessages(booking: BookingForMessages, offsets: Offsets): PlannedMessage[] {
  const at = (kind: MessageKind, offsetMinutes: number): PlannedMessage => ({
    kind,
    offsetMinutes,
    dueAt: new Date(booking.startsAt.getTime() - offsetMinutes * 60_000),
  });
  return [
    ...[...new Set(offsets.reminders)].map((o) => at("reminder", o)),
    ...(booking.questionnaireSent ? [] : [...new Set(offsets.chases)].map((o) => at("chase", o))),
  ]
    .filter((m) => m.dueAt.getTime() >= booking.messagesFrom.getTime())
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/**
 * What to send at `now`: nothing until an unsent message is due; then every unsent
 * message due by now (a late dispatcher sends one message, not a burst) together with
 * those due within the next hour, as one message. Nothing once the appointment has begun.
 */
export function messagesDueNow(
  booking: BookingForMessages,
  offsets: Offsets,
  sent: ReadonlySet<string>,
  now: Date,
): PlannedMessage[] {
  if (booking.startsAt.getTime() <= now.getTime()) return [];
  const unsent = plannedMessages(booking, offsets).filter((m) => !sent.has(messageKey(m)));
  if (!unsent.some((m) => m.dueAt.getTime() <= now.getTime())) return [];
  return unsent.filter((m) => m.dueAt.getTime() <= now.getTime() + MERGE_WINDOW_MS);
}
