import "server-only";

import { unstable_cache } from "next/cache";

import { CLINIC_TAG } from "@/lib/clinic/data";
import { db } from "@/lib/db";

import type { DatedOverride, SlotRules, TherapistSchedule, WeeklyHours } from "../availability";
import { CATALOGUE_TAG } from "./catalogue";

/** An appointment type with the rules the availability engine applies to it. */
export interface BookableType extends SlotRules {
  id: string;
  slug: string;
  name: string;
  cancelCutoffMinutes: number;
}

export interface ScheduleTherapist extends TherapistSchedule {
  displayName: string;
  /** Start times (epoch ms) of live bookings in the window, for spreading "any therapist" bookings fairly. */
  bookingStarts: number[];
}

export interface SlotInputs {
  timeZone: string;
  type: BookableType;
  therapists: ScheduleTherapist[];
  /**
   * The data version (cache_version) these were read at, as text: a booking made
   * from them passes it to its insert, which refuses the write if it has moved on.
   */
  dataVersion: string;
}

/** Read straight from the database, not the cache (a booking whose cached schedule proved out of date). */
export interface ReadOptions {
  fresh?: boolean;
}

interface TypeRow extends BookableType {
  timeZone: string;
  dataVersion: string;
}

// The clinic's zone and the data version come in the same statement as the type,
// so all three are of one moment. Text, not bigint: the data cache stores JSON.
async function readType(slug: string): Promise<TypeRow | null> {
  const [type] = await db.$queryRaw<TypeRow[]>`
    SELECT t.id, t.slug, t.name, t.minutes,
           t.buffer_before_minutes AS "bufferBeforeMinutes", t.buffer_after_minutes AS "bufferAfterMinutes",
           t.min_notice_minutes AS "minNoticeMinutes", t.horizon_days AS "horizonDays",
           t.slot_step_minutes AS "slotStepMinutes", t.cancel_cutoff_minutes AS "cancelCutoffMinutes",
           c.time_zone AS "timeZone", v.version::text AS "dataVersion"
    FROM appointment_types t CROSS JOIN clinic_settings c CROSS JOIN cache_version v
    WHERE t.slug = ${slug} AND t.active AND c.id = 1`;
  return type ?? null;
}

// A type's rules change rarely (and every change expires its cache tag on every
// instance: lib/cache/cache-handler.mjs), so caching them leaves one query per slots
// request. Outside the Next.js server (tests, scripts) there is no data cache: read directly.
const cachedType = unstable_cache(readType, ["bookable-type-v3"], {
  tags: [CATALOGUE_TAG, CLINIC_TAG],
  revalidate: 300,
});
const typeBySlug = (slug: string, fresh: boolean) =>
  process.env.NEXT_RUNTIME && !fresh ? cachedType(slug) : readType(slug);

interface TherapistRow {
  id: string;
  displayName: string;
  weekly: WeeklyHours[];
  overrides: DatedOverride[];
}

interface TherapistsRead {
  dataVersion: string;
  therapists: TherapistRow[];
}

/** The therapists who offer a type (all, or one), with weekly hours and dated overrides from yesterday on. */
async function readTherapists(typeId: string, therapistId: string | null): Promise<TherapistsRead> {
  const [row] = await db.$queryRaw<TherapistsRead[]>`
    SELECT (SELECT version::text FROM cache_version WHERE id = 1) AS "dataVersion",
      COALESCE((SELECT json_agg(t ORDER BY t."sortOrder", t."displayName") FROM (
        SELECT th.id, th.display_name AS "displayName", th.sort_order AS "sortOrder",
          COALESCE((SELECT json_agg(json_build_object('weekday', r.weekday, 'startMinutes', r.start_minutes, 'endMinutes', r.end_minutes))
                    FROM availability_rules r WHERE r.therapist_id = th.id), '[]') AS weekly,
          COALESCE((SELECT json_agg(json_build_object('date', to_char(o.date, 'YYYY-MM-DD'), 'kind', o.kind,
                                                      'startMinutes', o.start_minutes, 'endMinutes', o.end_minutes))
                    FROM availability_overrides o WHERE o.therapist_id = th.id AND o.date >= current_date - 1), '[]') AS overrides
        FROM therapists th
        WHERE th.active
          AND (${therapistId}::uuid IS NULL OR th.id = ${therapistId}::uuid)
          AND (NOT EXISTS (SELECT 1 FROM therapist_appointment_types x WHERE x.therapist_id = th.id)
               OR EXISTS (SELECT 1 FROM therapist_appointment_types x
                          WHERE x.therapist_id = th.id AND x.appointment_type_id = ${typeId}::uuid))) t), '[]') AS therapists`;
  return row!;
}

/** Tag of everyone's working hours and time off: a change to either refreshes it. */
export const SCHEDULES_TAG = "schedules";

// Working hours and time off change far less often than bookings, so they are
// cached (and expired everywhere when they change); only live bookings are
// read for every request.
const cachedTherapists = unstable_cache(readTherapists, ["bookable-therapists-v2"], {
  tags: [CATALOGUE_TAG, SCHEDULES_TAG],
  revalidate: 300,
});
const therapistsOffering = (typeId: string, therapistId: string | null, fresh: boolean) =>
  process.env.NEXT_RUNTIME && !fresh ? cachedTherapists(typeId, therapistId) : readTherapists(typeId, therapistId);

/**
 * The type and the therapists who offer it, with hours and time off, from the
 * cache: no query when warm. Their bookings are left empty; loadSlotInputs adds them.
 */
export async function loadSchedules(
  typeSlug: string,
  therapistId: string | null,
  { fresh = false }: ReadOptions = {},
): Promise<SlotInputs | { unknown: "type" | "therapist" }> {
  const row = await typeBySlug(typeSlug, fresh);
  if (!row) return { unknown: "type" };
  const { timeZone, dataVersion, ...bookable } = row;
  const read = await therapistsOffering(bookable.id, therapistId, fresh);
  if (therapistId && read.therapists.length === 0) return { unknown: "therapist" };
  return {
    timeZone,
    type: bookable,
    // Two cache entries of different moments cannot vouch for each other: a version
    // no row has makes the insert refuse, and the booking reads both afresh.
    dataVersion: read.dataVersion === dataVersion ? dataVersion : "-1",
    therapists: read.therapists.map((t) => ({
      therapistId: t.id,
      displayName: t.displayName,
      weekly: t.weekly,
      overrides: t.overrides,
      busy: [],
      bookingStarts: [],
    })),
  };
}

/**
 * Everything the availability engine needs for one type between two instants:
 * loadSchedules, plus the therapists' live bookings in the window (one indexed
 * query). `unknown` names what does not exist.
 */
export async function loadSlotInputs(
  typeSlug: string,
  therapistId: string | null,
  from: Date,
  to: Date,
  /** A booking being moved does not block its own new time. */
  excludeBookingId: string | null = null,
  options: ReadOptions = {},
): Promise<SlotInputs | { unknown: "type" | "therapist" }> {
  const inputs = await loadSchedules(typeSlug, therapistId, options);
  if ("unknown" in inputs) return inputs;

  // The starts_at bounds let the (therapist_id, starts_at) index do the work; a
  // day of margin covers any booking whose buffers reach into the window.
  // One row per therapist with its bookings as a JSON array of epoch
  // milliseconds [start, blocked from, blocked until]: hundreds of bookings
  // arrive as one JSON.parse, not hundreds of rows for the driver to convert.
  const busy = await db.$queryRaw<{ therapistId: string; busy: [number, number, number][] | string }[]>`
    SELECT therapist_id::text AS "therapistId",
           json_agg(json_build_array((extract(epoch FROM starts_at) * 1000)::float8, (extract(epoch FROM blocked_from) * 1000)::float8,
                                     (extract(epoch FROM blocked_until) * 1000)::float8)) AS busy
    FROM bookings
    WHERE therapist_id = ANY(${inputs.therapists.map((t) => t.therapistId)}::uuid[]) AND status <> 'cancelled'
      AND (${excludeBookingId}::uuid IS NULL OR id <> ${excludeBookingId}::uuid)
      AND starts_at > ${from}::timestamptz - interval '1 day' AND starts_at < ${to}::timestamptz + interval '1 day'
      AND blocked_until > ${from}::timestamptz AND blocked_from < ${to}::timestamptz
    GROUP BY therapist_id`;
  const byTherapist = new Map<string, [number, number, number][]>();
  for (const row of busy)
    byTherapist.set(row.therapistId, typeof row.busy === "string" ? JSON.parse(row.busy) : row.busy);
  for (const t of inputs.therapists) {
    const own = byTherapist.get(t.therapistId) ?? [];
    t.busy = own.map(([, start, end]) => ({ start, end }));
    t.bookingStarts = own.map(([start]) => start);
  }
  return inputs;
}
