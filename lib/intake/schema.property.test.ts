import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { submittedIntakeArbitrary } from "./answers-arbitrary";
import { QUESTION_DEFS } from "./questionnaire";
import { validateIntake } from "./schema";
import { visibleQuestions } from "./visibility";

describe("intake validation, for any answer set generated from the definition", () => {
  it("accepts it unchanged (so the generator is sound and cleaning is idempotent)", () => {
    fc.assert(
      fc.property(submittedIntakeArbitrary, ({ clock, raw }) => {
        const result = validateIntake(raw, clock);
        expect(result).toEqual({ ok: true, answers: raw });
      }),
      { numRuns: 300 },
    );
  });

  it("drops whatever is sent for hidden questions", () => {
    fc.assert(
      fc.property(submittedIntakeArbitrary, fc.anything(), ({ clock, raw }, junk) => {
        const shown = new Set(visibleQuestions(raw, clock).map((q) => q.id));
        const noisy = { ...raw };
        for (const q of QUESTION_DEFS) if (!shown.has(q.id)) noisy[q.id] = junk;
        expect(validateIntake(noisy, clock)).toEqual({ ok: true, answers: raw });
      }),
      { numRuns: 200 },
    );
  });
});
