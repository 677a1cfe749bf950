import { describe, expect, it } from "vitest";

import { questionById } from "./questionnaire";
import { REGIONS } from "./regions";
import { BENIGN, CLOCK } from "./test-answers";
import { validateIntake } from "./schema";
import { visibleQuestions } from "./visibility";
import { wordedFor } from "./wording";

// Every question a patient can be shown, for every region, read for words that
// assume the problem is in a leg or a joint.
const everything = (region: string) => ({
  ...BENIGN,
  region,
  onset: "sudden_injury",
  mechanism: ["direct_blow"],
  symptoms: ["swelling"],
  calf_swelling_redness: true,
  numb_tingling_leg: true,
});

describe("questions worded by region", () => {
  it("never asks about 'the painful joint', and asks about 'your leg' only where the problem is in one", () => {
    for (const region of REGIONS) {
      const texts = visibleQuestions(everything(region), CLOCK).flatMap((q) => [q.text, q.hint ?? "", q.error]);
      expect(
        texts.filter((text) => text.includes("painful joint")),
        region,
      ).toEqual([]);
      if (region === "lower_back" || region === "other") {
        expect(
          texts.filter((text) => text.includes("on your leg")),
          region,
        ).toEqual([]);
      }
    }
  });

  it("names the place in the patient's words and keeps the clinician's label", () => {
    const joint = questionById("hot_red_swollen_joint")!;
    expect(wordedFor(joint, "knee").text).toBe(
      "Is the painful knee swollen and hot, or has the skin over it changed colour?",
    );
    expect(wordedFor(joint, "lower_back").clinician).toBe(joint.clinician);
    expect(wordedFor(joint, "lower_back")).toBe(wordedFor(joint, "lower_back"));
    expect(wordedFor(joint, undefined)).toBe(joint);
    const walk = questionById("can_walk_4_steps")!;
    expect(wordedFor(walk, "knee")).toBe(walk);
    expect(wordedFor(walk, "lower_back").text).toBe("Right now, can you walk 4 steps?");
  });

  it("gives the schema's errors in the same words", () => {
    const result = validateIntake({ ...BENIGN, region: "lower_back", can_walk_4_steps: undefined }, CLOCK);
    expect(result.ok ? [] : result.errors).toEqual([
      { questionId: "can_walk_4_steps", message: "Answer yes or no: can you walk 4 steps right now?" },
    ]);
  });
});
