import { describe, expect, it } from "vitest";

import { QUESTION_DEFS } from "./questionnaire";
import { parseStep, reachableStep } from "./steps";
import { answers, CLOCK } from "./test-answers";

const complete = answers({}) as Record<string, unknown>;
const upTo = (sections: string[]) =>
  Object.fromEntries(
    Object.entries(complete).filter(([id]) => sections.includes(QUESTION_DEFS.find((q) => q.id === id)!.section)),
  );

describe("steps", () => {
  it("knows only the questionnaire's steps", () => {
    expect(parseStep("C")).toBe("C");
    expect(parseStep("review")).toBe("review");
    for (const other of ["c", "I", "", "review ", "<script>", null, undefined, 3, ["C"]])
      expect(parseStep(other)).toBeNull();
  });

  it("opens a step once every section before it is answered", () => {
    expect(reachableStep("review", complete, CLOCK)).toBe("review");
    expect(reachableStep("C", upTo(["A", "B"]), CLOCK)).toBe("C");
    expect(reachableStep("A", {}, CLOCK)).toBe("A");
  });

  it("falls back to the first section not yet answered when asked for a step further on", () => {
    expect(reachableStep("H", upTo(["A", "B"]), CLOCK)).toBe("C");
    expect(reachableStep("review", {}, CLOCK)).toBe("A");
    // An answer that would fail its step's check counts as unanswered.
    expect(reachableStep("D", { ...upTo(["A", "B", "C"]), onset: "sideways" }, CLOCK)).toBe("C");
  });
});
