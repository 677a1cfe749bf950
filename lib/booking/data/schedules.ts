import "server-only";

import { db } from "@/lib/db";

import type { DatedOverride, TherapistSchedule, WeeklyHours } from "../availability";

export interface BookableType {
  id: string;
  slug: string;
  name: string;
  minutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  slotStepMinutes: number;
  cancelCutoffMinutes: number;
}

export interface ScheduleTherapist extends TherapistSchedule {
  displayName: string;
  /** Start times of live bookings in the window, for spreading "any therapist" bookings fairly. */
  bookingStarts: Date[];
}

export interface SlotInputs {
  timeZone: string;
  type: BookableType;
  therapists: ScheduleTherapist[];
}

/**
 * Everything the availability engine needs for one type between two instants,
 * in three queries (the slots API promises no more): the type with the clinic's
 * time zone; the therapists who offer it with their hours and overrides; their
 * live bookings in the window. `null` when the type or therapist is unknown.
 */
export async function loadSlotInputs(
  typeSlug: string,
  therapistId: string | null,
  from: Date,
  to: Date,
  /** A booking being moved does not block its own new time. */
  excludeBookingId: string | null = null,
): Promise<SlotInputs | { unknown: "type" | "therapist" }> {
  const [type] = await db.$queryRaw<(BookableType & { timeZone: string | null })[]>`
    SELECT t.id, t.slug, t.name, t.minutes,
           t.buffer_before_minutes AS "bufferBeforeMinutes", t.buffer_after_minutes AS "bufferAfterMinutes",
           t.min_notice_minutes AS "minNoticeMinutes", t.horizon_days AS "horizonDays",
           t.slot_step_minutes AS "slotStepMinutes", t.cancel_cutoff_minutes AS "cancelCutoffMinutes",
           c.time_zone AS "timeZone"
    FROM appointment_types t LEFT JOIN clinic_settings c ON c.id = 1
    WHERE t.slug = ${typeSlug} AND t.active`;
  if (!type) return { unknown: "type" };
  const { timeZone, ...bookable } = type;

  // Overrides are by local date: a day either side covers any time zone.
  const fromDate = new Date(from.getTime() - 86_400_000).toISOString().slice(0, 10);
  const toDate = new Date(to.getTime() + 86_400_000).toISOString().slice(0, 10);
  const therapists = await db.$queryRaw<{ id: string; displayName: string; weekly: WeeklyHours[]; overrides: DatedOverride[] }[]>`
    SELECT th.id, th.display_name AS "displayName",
      COALESCE((SELECT json_agg(json_build_object('weekday', r.weekday, 'startMinutes', r.start_minutes, 'endMinutes', r.end_minutes))
                FROM availability_rules r WHERE r.therapist_id = th.id), '[]') AS weekly,
      COALESCE((SELECT json_agg(json_build_object('date', to_char(o.date, 'YYYY-MM-DD'), 'kind', o.kind,
                                                  'startMinutes', o.start_minutes, 'endMinutes', o.end_minutes))
                FROM availability_overrides o
                WHERE o.therapist_id = th.id AND o.date BETWEEN ${fromDate}::date AND ${toDate}::date), '[]') AS overrides
    FROM therapists th
    WHERE th.active
      AND (${therapistId}::uuid IS NULL OR th.id = ${therapistId}::uuid)
      AND (NOT EXISTS (SELECT 1 FROM therapist_appointment_types x WHERE x.therapist_id = th.id)
           OR EXISTS (SELECT 1 FROM therapist_appointment_types x
                      WHERE x.therapist_id = th.id AND x.appointment_type_id = ${bookable.id}::uuid))
    ORDER BY th.sort_order, th.display_name`;
  if (therapistId && therapists.length === 0) return { unknown: "therapist" };

  const ids = therapists.map((t) => t.id);
  // starts_at bounds let the (therapist_id, starts_at) index do the work; a day
  // of margin covers any booking whose buffers reach into the window.
  const busy = await db.$queryRaw<{ therapistId: string; startsAt: Date; blockedFrom: Date; blockedUntil: Date }[]>`
    SELECT therapist_id AS "therapistId", starts_at AS "startsAt", blocked_from AS "blockedFrom", blocked_until AS "blockedUntil"
    FROM bookings
    WHERE therapist_id = ANY(${ids}::uuid[]) AND status <> 'cancelled'
      AND (${excludeBookingId}::uuid IS NULL OR id <> ${excludeBookingId}::uuid)
      AND starts_at > ${from}::timestamptz - interval '1 day' AND starts_at < ${to}::timestamptz + interval '1 day'
      AND blocked_until > ${from}::timestamptz AND blocked_from < ${to}::timestamptz
    ORDER BY blocked_from`;

  return {
    timeZone: timeZone ?? "Europe/London",
    type: bookable,
    therapists: therapists.map((t) => {
      const own = busy.filter((b) => b.therapistId === t.id);
      return {
        therapistId: t.id,
        displayName: t.displayName,
        weekly: t.weekly,
        overrides: t.overrides,
        busy: own.map((b) => ({ start: new Date(b.blockedFrom), end: new Date(b.blockedUntil) })),
        bookingStarts: own.map((b) => new Date(b.startsAt)),
      };
    }),
  };
}
