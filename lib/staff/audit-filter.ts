import { z } from "zod";

import { addDays, isDateInRange, localMidnight } from "@/lib/calendar/dates";
import { uuidSchema } from "@/lib/uuid";

import type { AuditQuery } from "./data/audit";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * The audit page's filters, read from the URL. A malformed value is dropped
 * rather than failing the page: the filter form shows what is in effect.
 * Only ids, codes and dates go in the URL, never a name or e-mail.
 */
export const auditFilterSchema = z.object({
  actor: optional(uuidSchema()),
  action: optional(z.string().regex(/^[a-z_]+\.[a-z_]+$/)),
  subjectType: optional(z.string().regex(/^[a-z_]{1,40}$/)),
  subjectId: optional(z.string().trim().min(1).max(100)),
  from: optional(z.iso.date().refine(isDateInRange)),
  to: optional(z.iso.date().refine(isDateInRange)),
  before: optional(z.string().regex(/^\d{4}-\d\d-\d\dT[\d:.]+Z_\d{1,19}$/)),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export function parseAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  const single = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]),
  );
  return auditFilterSchema.parse(single);
}

/** The filter as a database query; dates are whole clinic-local days, both included. */
export function auditQueryOf(filter: AuditFilter, timeZone: string): AuditQuery {
  const query: AuditQuery = {
    actorId: filter.actor,
    action: filter.action,
    subjectType: filter.subjectType,
    subjectId: filter.subjectId,
  };
  if (filter.from) query.from = localMidnight(filter.from, timeZone);
  if (filter.to) query.until = localMidnight(addDays(filter.to, 1), timeZone);
  if (filter.before) {
    const [at, id] = filter.before.split("_") as [string, string];
    const occurredAt = new Date(at);
    if (!Number.isNaN(occurredAt.getTime())) query.before = { occurredAt, id: BigInt(id) };
  }
  return query;
}

/** The URL of another page (or the first page) with the same filters. */
export function auditHref(filter: AuditFilter, before?: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, before: before ?? undefined }))
    if (value) params.set(key, value);
  const search = params.toString();
  return search ? `/staff/admin/audit?${search}` : "/staff/admin/audit";
}
