import "server-only";

import { createHash } from "node:crypto";

import { RateLimiterPostgres } from "rate-limiter-flexible";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { db, pool } from "@/lib/db";

import { isLimiterAnswer } from "./limiter-answer";
import { DEFAULT_LIMITS, limitsEnabled, type PublicLimits } from "./settings";

// Every instance reads the row itself, kept for a few seconds only: an admin's
// change applies on all instances within CACHE_MS, with one read per instance.
const CACHE_MS = 5_000;
let cached: { at: number; limits: Promise<PublicLimits> } | null = null;

const LIMIT_FIELDS = {
  bookingsPerAddressHour: true,
  futureBookingsPerEmail: true,
  changesPerBooking: true,
  slotQueriesPerMinute: true,
  questionnaireSavesPerHour: true,
} as const;

/** The clinic's limits as stored (at most a few seconds old); the defaults if the row cannot be read. */
export async function readLimits(): Promise<PublicLimits> {
  if (!cached || Date.now() - cached.at > CACHE_MS) {
    const limits = db.clinicSettings
      .findUnique({ where: { id: 1 }, select: LIMIT_FIELDS })
      .then((row) => row ?? DEFAULT_LIMITS)
      .catch(() => DEFAULT_LIMITS);
    cached = { at: Date.now(), limits };
  }
  return cached.limits;
}

/** Drops the cached limits: the next read sees the row as it is now. */
export function forgetLimits(): void {
  cached = null;
}

/** What an admin sees and changes (the row as it is now, not the cached copy). */
export async function readLimitsForAdmin(actor: StaffActor): Promise<PublicLimits> {
  assertActor(actor, "admin");
  return (await db.clinicSettings.findUnique({ where: { id: 1 }, select: LIMIT_FIELDS })) ?? DEFAULT_LIMITS;
}

export async function updateLimits(actor: StaffActor, limits: PublicLimits): Promise<void> {
  assertActor(actor, "admin");
  await db.$transaction(async (tx) => {
    await tx.clinicSettings.update({ where: { id: 1 }, data: limits });
    await recordAudit(tx, actor, "clinic.limits_update", "clinic", "1");
  });
  forgetLimits();
}

/** A per-address counter: its limit comes from the clinic's settings, its window is fixed. */
export type AddressLimit = "bookings" | "slotQueries" | "questionnaireSaves";

const WINDOWS: Record<AddressLimit, { seconds: number; points: (l: PublicLimits) => number }> = {
  bookings: { seconds: 3600, points: (l) => l.bookingsPerAddressHour },
  slotQueries: { seconds: 60, points: (l) => l.slotQueriesPerMinute },
  questionnaireSaves: { seconds: 3600, points: (l) => l.questionnaireSavesPerHour },
};

// One limiter per kind and limit; a changed limit gets a new limiter over the
// same keys, so the counts already made still count.
const globalForLimits = globalThis as unknown as { strideLimiters?: Map<string, RateLimiterPostgres> };
function limiter(kind: AddressLimit, points: number): RateLimiterPostgres {
  const limiters = (globalForLimits.strideLimiters ??= new Map());
  const id = `${kind}:${points}`;
  let found = limiters.get(id);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "public_rate_limits",
      // Created by migration 1764815000000_public_limits.sql, not at run time.
      tableCreated: true,
      keyPrefix: kind,
      points,
      duration: WINDOWS[kind].seconds,
    });
    limiters.set(id, found);
  }
  return found;
}

const hashed = (value: string) => createHash("sha256").update(value).digest("base64url");

export type LimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts one request from an address (atomically, in PostgreSQL, so every
 * instance agrees) and says whether it is within the clinic's limit. A request
 * with no known address is counted with all the others that have none.
 */
export async function countAddress(kind: AddressLimit, ip: string | null): Promise<LimitOutcome> {
  if (!limitsEnabled()) return { ok: true };
  const points = WINDOWS[kind].points(await readLimits());
  try {
    await limiter(kind, points).consume(hashed(ip ?? "unknown"));
    return { ok: true };
  } catch (error) {
    if (!isLimiterAnswer(error)) throw error;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
  }
}

/** The limits that count rows, not requests (per e-mail, per booking): none when limits are off. */
export async function rowLimits(): Promise<Pick<PublicLimits, "futureBookingsPerEmail" | "changesPerBooking"> | null> {
  return limitsEnabled() ? readLimits() : null;
}
