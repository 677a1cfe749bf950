import "server-only";

import { unstable_cache } from "next/cache";

import { CLINIC_TAG } from "@/lib/clinic/data";
import { db } from "@/lib/db";

import type { DatedOverride, TherapistSchedule, WeeklyHours } from "../availability";
import { CATALOGUE_TAG } from "../data";

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

async function readType(slug: string): Promise<(BookableType & { timeZone: string }) | null> {
  const [type] = await db.$queryRaw<(BookableType & { timeZone: string | null })[]>`
    SELECT t.id, t.slug, t.name, t.minutes,
           t.buffer_before_minutes AS "bufferBeforeMinutes", t.buffer_after_minutes AS "bufferAfterMinutes",
           t.min_notice_minutes AS "minNoticeMinutes", t.horizon_days AS "horizonDays",
           t.slot_step_minutes AS "slotStepMinutes", t.cancel_cutoff_minutes AS "cancelCutoffMinutes",
           c.time_zone AS "timeZone"
    FROM appointment_types t LEFT JOIN clinic_settings c ON c.id = 1
    WHERE t.slug = ${slug} AND t.active`;
  return type ? { ...type, timeZone: type.timeZone ?? "Europe/London" } : null;
}

// A type's rules and the clinic's zone change rarely (and refresh their cache
// tags when they do); caching them leaves one query per slots request. Outside
// the Next.js server (tests, scripts) there is no data cache: read directly.
const cachedType = unstable_cache(readType, ["bookable-type-v1"], { tags: [CATALOGUE_TAG, CLINIC_TAG], revalidate: 300 });
const typeBySlug = (slug: string) => (process.env.NEXT_RUNTIME ? cachedType(slug) : readType(slug));

interface TherapistRow {
  id: string;
  displayName: string;
  weekly: WeeklyHours[];
  overrides: DatedOverride[];
  /** [starts_at, blocked_from, blocked_until] in epoch milliseconds. */
  busy: [number, number, number][];
}

/**
 * Everything the availability engine needs for one type between two instants:
 * the type (cached) and, in one query, the therapists who offer it with their
 * hours, overrides and live bookings in the window. `unknown` names what does
 * not exist.
 */
export async function loadSlotInputs(
  typeSlug: string,
  therapistId: string | null,
  from: Date,
  to: Date,
  /** A booking being moved does not block its own new time. */
  excludeBookingId: string | null = null,
): Promise<SlotInputs | { unknown: "type" | "therapist" }> {
  const type = await typeBySlug(typeSlug);
  if (!type) return { unknown: "type" };
  const { timeZone, ...bookable } = type;

  // Overrides are by local date: a day either side covers any time zone. The
  // starts_at bounds let the (therapist_id, starts_at) index do the work; a day
  // of margin covers any booking whose buffers reach into the window.
  const fromDate = new Date(from.getTime() - 86_400_000).toISOString().slice(0, 10);
  const toDate = new Date(to.getTime() + 86_400_000).toISOString().slice(0, 10);
  const therapists = await db.$queryRaw<TherapistRow[]>`
    SELECT th.id, th.display_name AS "displayName",
      COALESCE((SELECT json_agg(json_build_object('weekday', r.weekday, 'startMinutes', r.start_minutes, 'endMinutes', r.end_minutes))
                FROM availability_rules r WHERE r.therapist_id = th.id), '[]') AS weekly,
      COALESCE((SELECT json_agg(json_build_object('date', to_char(o.date, 'YYYY-MM-DD'), 'kind', o.kind,
                                                  'startMinutes', o.start_minutes, 'endMinutes', o.end_minutes))
                FROM availability_overrides o
                WHERE o.therapist_id = th.id AND o.date BETWEEN ${fromDate}::date AND ${toDate}::date), '[]') AS overrides,
      COALESCE((SELECT json_agg(json_build_array(
                         floor(extract(epoch FROM b.starts_at) * 1000), floor(extract(epoch FROM b.blocked_from) * 1000),
                         floor(extract(epoch FROM b.blocked_until) * 1000)) ORDER BY b.blocked_from)
                FROM bookings b
                WHERE b.therapist_id = th.id AND b.status <> 'cancelled'
                  AND (${excludeBookingId}::uuid IS NULL OR b.id <> ${excludeBookingId}::uuid)
                  AND b.starts_at > ${from}::timestamptz - interval '1 day' AND b.starts_at < ${to}::timestamptz + interval '1 day'
                  AND b.blocked_until > ${from}::timestamptz AND b.blocked_from < ${to}::timestamptz), '[]') AS busy
    FROM therapists th
    WHERE th.active
      AND (${therapistId}::uuid IS NULL OR th.id = ${therapistId}::uuid)
      AND (NOT EXISTS (SELECT 1 FROM therapist_appointment_types x WHERE x.therapist_id = th.id)
           OR EXISTS (SELECT 1 FROM therapist_appointment_types x
                      WHERE x.therapist_id = th.id AND x.appointment_type_id = ${bookable.id}::uuid))
    ORDER BY th.sort_order, th.display_name`;
  if (therapistId && therapists.length === 0) return { unknown: "therapist" };

  return {
    timeZone,
    type: bookable,
    therapists: therapists.map((t) => ({
      therapistId: t.id,
      displayName: t.displayName,
      weekly: t.weekly,
      overrides: t.overrides,
      busy: t.busy.map(([, start, end]) => ({ start: new Date(Number(start)), end: new Date(Number(end)) })),
      bookingStarts: t.busy.map(([start]) => new Date(Number(start))),
    })),
  };
}
