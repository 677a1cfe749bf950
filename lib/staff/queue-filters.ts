import { z } from "zod";

import { isDateInRange } from "@/lib/calendar/dates";
import { REGIONS } from "@/lib/intake/regions";
import { LEVELS } from "@/lib/triage/rule-types";
import { isUuid, uuidSchema } from "@/lib/uuid";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === "" || value === undefined || Array.isArray(value) ? undefined : value),
    schema.optional(),
  );

/**
 * The queue's filters, read from the URL (so a view can be shared and
 * bookmarked) by the page, the CSV export and the benchmark alike. Anything
 * malformed is dropped rather than refused: a stale bookmark still opens.
 */
export const queueFiltersSchema = z.object({
  disposition: optional(z.enum(LEVELS)).catch(undefined),
  reviewed: optional(z.enum(["yes", "no"])).catch(undefined),
  /** "mine", a therapist's id (admins), or absent for everyone the user may see. */
  therapist: optional(z.union([z.literal("mine"), uuidSchema()])).catch(undefined),
  region: optional(z.enum(REGIONS)).catch(undefined),
  // A date that does not exist (2026-02-30) is dropped like any other malformed value.
  from: optional(z.string().refine(isDateInRange)).catch(undefined),
  to: optional(z.string().refine(isDateInRange)).catch(undefined),
  /** Keyset cursor: the last row of the previous page. */
  after: optional(z.string().max(200)).catch(undefined),
});

export type QueueFilters = z.infer<typeof queueFiltersSchema>;

export const PAGE_SIZE = 50;

export interface QueueCursor {
  disposition: (typeof LEVELS)[number];
  startsAt: string;
  id: string;
}

export function encodeCursor(cursor: QueueCursor): string {
  return `${cursor.disposition}~${cursor.startsAt}~${cursor.id}`;
}

export function decodeCursor(raw: string | undefined): QueueCursor | null {
  if (!raw) return null;
  const [disposition, startsAt, id] = raw.split("~");
  if (!disposition || !startsAt || !id) return null;
  if (!(LEVELS as readonly string[]).includes(disposition) || !isUuid(id) || Number.isNaN(Date.parse(startsAt)))
    return null;
  return { disposition: disposition as QueueCursor["disposition"], startsAt, id };
}

/** The filters as URL search parameters, leaving out empty ones (and, unless asked, the cursor). */
export function filtersToSearch(filters: QueueFilters, overrides: Partial<QueueFilters> = {}): string {
  const merged = { ...filters, after: undefined, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : "";
}
