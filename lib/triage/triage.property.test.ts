import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { submittedIntakeArbitrary } from "../intake/answers-arbitrary";
import { validateIntake } from "../intake/schema";
import { CONDITION_PATTERNS } from "./conditions";
import { LEVELS } from "./rule-types";
import { RULES } from "./rules";
import { triage } from "./triage";

// For any answer set that passes validation (generated from the questionnaire
// definition, honouring "shown when"), triage keeps the spec's invariants.

const validIntake = submittedIntakeArbitrary.map(({ clock, raw }) => {
  const result = validateIntake(raw, clock);
  if (!result.ok) throw new Error(`generator produced an invalid intake: ${JSON.stringify(result.errors)}`);
  return { clock, answers: result.answers };
});

const RULE_ORDER = RULES.map((r) => r.id as string);
const RULE_LEVEL = new Map<string, string>(RULES.map((r) => [r.id, r.level]));
const CONDITION_ORDER = CONDITION_PATTERNS.map((p) => p.condition as string);
const RUNS = { numRuns: 400 };

describe("triage, for any validated intake", () => {
  it("never throws and returns the spec's result shape", () => {
    fc.assert(
      fc.property(validIntake, ({ clock, answers }) => {
        const result = triage(answers, clock);
        expect(Object.keys(result)).toEqual([
          "questionnaire",
          "questionnaireVersion",
          "rulesVersion",
          "disposition",
          "flags",
          "suspected",
          "scores",
        ]);
        expect(result).toMatchObject({ questionnaire: "stride-intake", questionnaireVersion: 1, rulesVersion: 1 });
        expect(result.scores.painNow).toBe(answers.pain_now);
        expect(result.scores.painWorst).toBe(answers.pain_worst);
        expect(result.scores.psfs).toBeGreaterThanOrEqual(0);
        expect(result.scores.psfs).toBeLessThanOrEqual(10);
        for (const flag of result.flags) expect(Object.keys(flag)).toEqual(["id", "level", "reason"]);
      }),
      RUNS,
    );
  });

  it("gives the highest level of any flag as the disposition, routine when none fired", () => {
    fc.assert(
      fc.property(validIntake, ({ clock, answers }) => {
        const { disposition, flags } = triage(answers, clock);
        const highest = LEVELS.find((level) => flags.some((f) => f.level === level)) ?? "routine";
        expect(disposition).toBe(highest);
        if (flags.length === 0) expect(disposition).toBe("routine");
      }),
      RUNS,
    );
  });

  it("is deterministic, whatever the order of the answer keys", () => {
    fc.assert(
      fc.property(validIntake, fc.infiniteStream(fc.nat()), ({ clock, answers }, randoms) => {
        const shuffled = Object.fromEntries(
          Object.entries(answers)
            .map((entry) => [randoms.next().value as number, entry] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, entry]) => entry),
        ) as typeof answers;
        const first = triage(answers, clock);
        expect(triage(answers, clock)).toEqual(first);
        expect(triage(shuffled, { ...clock, now: new Date(clock.now.getTime()) })).toEqual(first);
      }),
      RUNS,
    );
  });

  it("lists flags in the rules table's order, each once, at its rule's level, with a reason", () => {
    fc.assert(
      fc.property(validIntake, ({ clock, answers }) => {
        const { flags } = triage(answers, clock);
        const positions = flags.map((f) => RULE_ORDER.indexOf(f.id));
        expect(positions.every((p) => p >= 0)).toBe(true);
        expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
        for (const flag of flags) {
          expect(flag.level).toBe(RULE_LEVEL.get(flag.id));
          expect(flag.reason.length).toBeGreaterThan(10);
        }
      }),
      RUNS,
    );
  });

  it("never fires a rule together with the rule the spec says it gives way to", () => {
    const exclusive = [
      ["U1", "U2"],
      ["E2", "U6"],
      ["E3", "S5"],
      ["U4", "S9"],
      ["U7", "S10"],
      ["U12", "S8"],
    ] as const;
    fc.assert(
      fc.property(validIntake, ({ clock, answers }) => {
        const ids = new Set<string>(triage(answers, clock).flags.map((f) => f.id));
        for (const [a, b] of exclusive) expect(ids.has(a) && ids.has(b), `${a} with ${b}`).toBe(false);
      }),
      RUNS,
    );
  });

  it("lists suspected conditions at 0.5 or more, highest first, ties in table order, each once", () => {
    fc.assert(
      fc.property(validIntake, ({ clock, answers }) => {
        const { suspected } = triage(answers, clock);
        for (const s of suspected) {
          expect(s.score).toBeGreaterThanOrEqual(0.5);
          expect(s.score).toBeLessThanOrEqual(1);
          expect(s.reasons.length).toBeGreaterThan(0);
        }
        for (let i = 1; i < suspected.length; i++) {
          const [before, after] = [suspected[i - 1]!, suspected[i]!];
          expect(before.score).toBeGreaterThanOrEqual(after.score);
          if (before.score === after.score)
            expect(CONDITION_ORDER.indexOf(before.condition)).toBeLessThan(CONDITION_ORDER.indexOf(after.condition));
        }
        expect(new Set(suspected.map((s) => s.condition)).size).toBe(suspected.length);
      }),
      RUNS,
    );
  });

  it("is exercised on every rule, condition and disposition by the generator (fixed seed)", () => {
    const seen = new Set<string>();
    for (const { clock, answers } of fc.sample(validIntake, { numRuns: 1500, seed: 20260615 })) {
      const result = triage(answers, clock);
      for (const key of [
        result.disposition,
        ...result.flags.map((f) => f.id),
        ...result.suspected.map((s) => s.condition),
      ])
        seen.add(key);
    }
    expect([...LEVELS, ...RULE_ORDER, ...CONDITION_ORDER].filter((key) => !seen.has(key))).toEqual([]);
  });
});
