import { clinicFromEnv } from "../../lib/clinic/contact";
import { parseDate } from "../../lib/intake/age";
import { validateIntake, type IntakeError } from "../../lib/intake/schema";
import { triage, type TriageResult } from "../../lib/triage/triage";

// The triage command's input: one entry `{ answers, submittedAt?, timeZone? }` or an
// array of them. Other keys (a fixture's "expect", a "story") are ignored.

/** The clinic's zone as configured for a first start (CLINIC_TIME_ZONE): this command reads no database. */
export const DEFAULT_TIME_ZONE = clinicFromEnv().timeZone;

export interface EntryProblem {
  /** Position in the input array, or undefined for a single entry. */
  readonly index: number | undefined;
  readonly errors: readonly { readonly field: string; readonly message: string }[];
}

export type TriageRun =
  | { readonly ok: true; readonly output: TriageResult | TriageResult[] }
  | { readonly ok: false; readonly problems: readonly EntryProblem[] };

// A zone is required: without one, Date.parse would read the time in the process's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function isKnownZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

type EntryOutcome = { ok: true; result: TriageResult } | { ok: false; errors: EntryProblem["errors"] };

function runEntry(entry: unknown, now: () => Date): EntryOutcome {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    return { ok: false, errors: [{ field: "(entry)", message: 'must be an object like { "answers": { … } }' }] };
  }
  const { answers, submittedAt, timeZone = DEFAULT_TIME_ZONE } = entry as Record<string, unknown>;
  const errors: { field: string; message: string }[] = [];
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
    errors.push({ field: "answers", message: "must be an object keyed by question id" });
  }
  let at = now();
  if (submittedAt !== undefined) {
    // Date would roll 30 February over into March, so the calendar date is checked first.
    const wellFormed =
      typeof submittedAt === "string" &&
      ISO_INSTANT.test(submittedAt) &&
      parseDate(submittedAt.slice(0, 10)) !== undefined;
    at = new Date(wellFormed ? submittedAt : Number.NaN);
    if (Number.isNaN(at.getTime())) {
      errors.push({
        field: "submittedAt",
        message: "must be an ISO 8601 date and time with a zone, like 2026-05-01T09:30:00Z",
      });
    }
  }
  if (typeof timeZone !== "string" || !isKnownZone(timeZone)) {
    errors.push({ field: "timeZone", message: 'must be an IANA time zone, like "Europe/London"' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const clock = { now: at, timeZone: timeZone as string };
  const validation = validateIntake(answers, clock);
  if (!validation.ok) return { ok: false, errors: validation.errors.map(asField) };
  return { ok: true, result: triage(validation.answers, clock) };
}

const asField = ({ questionId, message }: IntakeError) => ({ field: questionId, message });

/** Triage every entry; any invalid entry fails the whole run, so no partial output is printed. */
export function runTriageInput(input: unknown, now: () => Date = () => new Date()): TriageRun {
  const entries = Array.isArray(input) ? input : [input];
  const results: TriageResult[] = [];
  const problems: EntryProblem[] = [];
  entries.forEach((entry, i) => {
    const outcome = runEntry(entry, now);
    if (outcome.ok) results.push(outcome.result);
    else problems.push({ index: Array.isArray(input) ? i : undefined, errors: outcome.errors });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, output: Array.isArray(input) ? results : (results[0] as TriageResult) };
}

/** Lines for stderr: which entries (by index, from 0) and each field with its message. */
export function describeProblems(problems: readonly EntryProblem[]): string[] {
  const lines: string[] = [];
  const single = problems.length === 1 && problems[0]?.index === undefined;
  lines.push(
    single
      ? "✖ The intake is not valid:"
      : `✖ ${problems.length} ${problems.length === 1 ? "entry is" : "entries are"} not valid (index from 0): ${problems.map((p) => p.index).join(", ")}`,
  );
  for (const { index, errors } of problems) {
    for (const { field, message } of errors)
      lines.push(`  ${index === undefined ? "" : `[${index}] `}${field}: ${message}`);
  }
  return lines;
}
