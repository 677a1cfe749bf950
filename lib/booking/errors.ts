/** The time is no longer free: another live booking holds an overlapping range. */
export class SlotUnavailableError extends Error {
  constructor() {
    super("That time has just been taken. Please choose another time.");
    this.name = "SlotUnavailableError";
  }
}

/**
 * The hours, time off or rules a booking was checked against have changed since
 * they were cached: stride_check_data_version (migration 1764900000000) refused
 * the write. The caller reads them afresh and checks again.
 */
export class ScheduleChangedError extends Error {
  constructor() {
    super("The schedule changed while the booking was made");
    this.name = "ScheduleChangedError";
  }
}

/** True when the database refused a write made from an out-of-date schedule (SR001). */
export function isScheduleChanged(error: unknown): boolean {
  return hasSqlState(error, "SR001");
}

const EXCLUSION_VIOLATION = "23P01";

/**
 * True when a database error is PostgreSQL's exclusion-constraint violation.
 * Through @prisma/adapter-pg it arrives as Prisma error P2039 with the driver's
 * SQLSTATE in its cause (not as P2002); raw pg errors carry it as `code`.
 */
export function isExclusionViolation(error: unknown): boolean {
  return hasSqlState(error, EXCLUSION_VIOLATION);
}

/**
 * True when PostgreSQL broke a deadlock by aborting this transaction (40P01).
 * Concurrent inserts into an EXCLUDE constraint can deadlock: each inserts its
 * row, then waits for the other's overlapping, uncommitted row.
 */
export function isDeadlock(error: unknown): boolean {
  return hasSqlState(error, "40P01");
}

/** True for a unique-index violation (23505), which Prisma reports as P2002. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002" || hasSqlState(error, "23505");
}

function hasSqlState(error: unknown, state: string): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (!value || typeof value !== "object" || seen.has(value)) return false;
    seen.add(value);
    const record = value as Record<string, unknown>;
    if (record.code === state || record.originalCode === state) return true;
    return visit(record.cause) || visit(record.meta) || visit(record.driverAdapterError);
  };
  return visit(error);
}
