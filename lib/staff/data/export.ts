import "server-only";

import { assertActor, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/data";
import { getClinic } from "@/lib/clinic/data";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { formatAnswer } from "@/lib/intake/format-answer";
import { QUESTION_DEFS } from "@/lib/intake/questionnaire";

import { conditionName } from "../case-answers";
import { csvRow } from "../csv";
import type { QueueCursor, QueueFilters } from "../queue-filters";
import { queueRowsSql } from "./queue-sql";

const CHUNK = 2000;
// Free text can hold anything a patient typed (the note at booking, the questionnaire's
// text answers); it leaves the system only when asked for.
const FREE_TEXT = QUESTION_DEFS.filter((q) => q.type === "text" || q.type === "psfs");

interface ExportRow {
  id: string;
  disposition: QueueCursor["disposition"];
  computed: string;
  reviewedAt: Date | null;
  startsAt: Date;
  therapist: string;
  type: string;
  region: string | null;
  patient: string;
  flags: { id: string }[];
  suspected: { condition: string }[];
  scores: { painNow: number; painWorst: number; psfs: number };
  answers: Record<string, unknown> | null;
  bookingNote: string | null;
  consentWithdrawnAt: Date | null;
}

/**
 * The filtered queue as CSV (admins only). Read in keyset chunks inside one
 * transaction with its audit event, so an export is never unrecorded.
 */
export async function exportQueueCsv(
  actor: StaffActor,
  filters: QueueFilters,
  includeFreeText: boolean,
): Promise<{ csv: string; rows: number }> {
  assertActor(actor, "admin");
  const { timeZone } = await getClinic();
  const columns = Prisma.sql`
      i.id, i.case_disposition::text AS disposition, t.disposition::text AS computed, t.reviewed_at AS "reviewedAt",
      i.case_starts_at AS "startsAt", th.display_name AS therapist,
      (SELECT name FROM appointment_types WHERE id = b.appointment_type_id) AS type, i.case_region AS region,
      p.name AS patient, t.flags, t.suspected, t.scores, i.consent_withdrawn_at AS "consentWithdrawnAt",
      ${includeFreeText ? Prisma.sql`i.answers` : Prisma.sql`NULL::jsonb`} AS answers,
      ${includeFreeText ? Prisma.sql`b.notes` : Prisma.sql`NULL::text`} AS "bookingNote"`;
  const header = [
    "case_id",
    "disposition",
    "computed_disposition",
    "reviewed_at",
    "appointment_utc",
    "appointment_local",
    "therapist",
    "appointment_type",
    "region",
    "patient",
    "flags",
    "top_suspected_condition",
    "pain_now",
    "pain_worst",
    "psfs",
    "consent_withdrawn_at",
  ];
  const local = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "short", timeStyle: "short" });

  return db.$transaction(
    async (tx) => {
      const freeTextHeader = ["booking_note", ...FREE_TEXT.map((q) => `answer_${q.id}`)];
      const parts = [csvRow(includeFreeText ? [...header, ...freeTextHeader] : header)];
      let after: QueueCursor | null = null;
      let count = 0;
      for (;;) {
        const chunk = queueRowsSql(actor, filters, timeZone, { columns, after, limit: CHUNK });
        const rows: ExportRow[] = await tx.$queryRaw<ExportRow[]>(chunk);
        for (const r of rows) {
          // Withdrawn consent: nothing read from the answers leaves the system any more.
          const withdrawn = r.consentWithdrawnAt !== null;
          const cells = [
            r.id,
            r.disposition,
            r.computed,
            r.reviewedAt?.toISOString() ?? "",
            r.startsAt.toISOString(),
            local.format(r.startsAt),
            r.therapist,
            r.type,
            r.region,
            r.patient,
            ...(withdrawn
              ? ["", "", "", "", ""]
              : [
                  r.flags.map((f) => f.id).join(" "),
                  r.suspected[0] ? conditionName(r.suspected[0].condition) : "",
                  r.scores.painNow,
                  r.scores.painWorst,
                  r.scores.psfs,
                ]),
            r.consentWithdrawnAt?.toISOString() ?? "",
          ];
          const text = !includeFreeText
            ? []
            : withdrawn
              ? Array.from({ length: FREE_TEXT.length + 1 }, () => "")
              : [
                  r.bookingNote ?? "",
                  ...FREE_TEXT.map((q) =>
                    r.answers?.[q.id] === undefined ? "" : formatAnswer(q, r.answers[q.id], "clinician"),
                  ),
                ];
          parts.push(csvRow([...cells, ...text]));
        }
        count += rows.length;
        const last = rows.at(-1);
        if (rows.length < CHUNK || !last) break;
        after = { disposition: last.disposition, startsAt: last.startsAt.toISOString(), id: last.id };
      }
      await recordAudit(tx, actor, "queue.export", "queue", includeFreeText ? "with-free-text" : "without-free-text");
      return { csv: parts.join(""), rows: count };
    },
    { timeout: 60_000 },
  );
}
