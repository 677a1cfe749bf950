import { describe, expect, it } from "vitest";

import { BENIGN } from "../../lib/intake/test-answers";
import { describeProblems, runTriageInput } from "./triage-input";

const entry = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  answers,
  submittedAt: "2026-06-15T09:00:00Z",
  ...extra,
});
const NOW = () => new Date("2026-06-15T09:00:00Z");

describe("runTriageInput", () => {
  it("returns one result for one entry and an array, in order, for an array", () => {
    const one = runTriageInput(entry(BENIGN), NOW);
    expect(one.ok && !Array.isArray(one.output) && one.output.disposition).toBe("routine");
    const many = runTriageInput(
      [entry({ ...BENIGN, pain_worst: 9 }), entry(BENIGN), entry({ ...BENIGN, chest_pain_breathless: true })],
      NOW,
    );
    expect(many.ok && Array.isArray(many.output) && many.output.map((r) => r.disposition)).toEqual([
      "soon",
      "routine",
      "emergency",
    ]);
    expect(runTriageInput([], NOW)).toEqual({ ok: true, output: [] });
  });

  it("uses now when submittedAt is left out, and ignores keys such as a fixture's expect", () => {
    // 16 today, so the limp question is asked; at another "now" they would be 17.
    const teen = { answers: { ...BENIGN, dob: "2010-01-01", limp: true }, expect: { anything: true } };
    const run = runTriageInput(teen, NOW);
    expect(run.ok && !Array.isArray(run.output) && run.output.flags.map((f) => f.id)).toEqual(["U7"]);
    const later = runTriageInput(teen, () => new Date("2027-06-15T09:00:00Z"));
    expect(later.ok && !Array.isArray(later.output) && later.output.flags).toEqual([]);
  });

  it("counts age in the entry's time zone, Europe/London by default", () => {
    // 23:30 UTC on 13 June 2026 is already 14 June in London: a 17th birthday, so no limp question.
    const teen = { ...BENIGN, dob: "2009-06-14", limp: true };
    const at = "2026-06-13T23:30:00Z";
    const run = runTriageInput(
      [
        { answers: teen, submittedAt: at },
        { answers: teen, submittedAt: at, timeZone: "UTC" },
      ],
      NOW,
    );
    expect(run.ok && Array.isArray(run.output) && run.output.map((r) => r.flags.map((f) => f.id))).toEqual([
      [],
      ["U7"],
    ]);
  });

  it("reports every invalid entry by index with each question and message, and no results", () => {
    const run = runTriageInput(
      [
        entry(BENIGN),
        entry({ ...BENIGN, pain_now: 11, knee_area: [] }),
        entry(BENIGN),
        { answers: BENIGN, submittedAt: "2026-06-15 09:00" },
      ],
      NOW,
    );
    expect(run).toEqual({
      ok: false,
      problems: [
        {
          index: 1,
          errors: [
            { field: "knee_area", message: "Choose at least one part of the knee" },
            { field: "pain_now", message: "Choose a number from 0 to 10 for your pain right now" },
          ],
        },
        {
          index: 3,
          errors: [
            {
              field: "submittedAt",
              message: "must be an ISO 8601 date and time with a zone, like 2026-05-01T09:30:00Z",
            },
          ],
        },
      ],
    });
    if (!run.ok) {
      expect(describeProblems(run.problems)).toEqual([
        "✖ 2 entries are not valid (index from 0): 1, 3",
        "  [1] knee_area: Choose at least one part of the knee",
        "  [1] pain_now: Choose a number from 0 to 10 for your pain right now",
        "  [3] submittedAt: must be an ISO 8601 date and time with a zone, like 2026-05-01T09:30:00Z",
      ]);
    }
  });

  it("rejects a submittedAt without a zone or not a real time, an unknown zone, and answers or entries that are not objects", () => {
    const fields = (input: unknown) => {
      const run = runTriageInput(input, NOW);
      return run.ok ? [] : run.problems.flatMap((p) => p.errors.map((e) => e.field));
    };
    expect(fields(entry(BENIGN, { submittedAt: "2026-06-15T09:00:00" }))).toEqual(["submittedAt"]);
    expect(fields(entry(BENIGN, { submittedAt: "2026-02-30T09:00:00Z" }))).toEqual(["submittedAt"]);
    expect(fields(entry(BENIGN, { submittedAt: 1781514000000 }))).toEqual(["submittedAt"]);
    expect(fields(entry(BENIGN, { timeZone: "Mars/Olympus" }))).toEqual(["timeZone"]);
    expect(fields({ answers: [] })).toEqual(["answers"]);
    expect(fields(["not an entry"])).toEqual(["(entry)"]);
    expect(fields(entry(BENIGN, { submittedAt: "2026-06-15T10:00:00+01:00" }))).toEqual([]);
  });

  it("words a single invalid entry without an index", () => {
    const run = runTriageInput(entry({ ...BENIGN, consent_health_data: false }), NOW);
    expect(run.ok ? [] : describeProblems(run.problems)).toEqual([
      "✖ The intake is not valid:",
      "  consent_health_data: Tick the box to say you agree, so we can use your answers for your care",
    ]);
  });
});
