import { describe, expect, it } from "vitest";

import { dobForAge, CLOCK } from "./test-answers";
import { visibleQuestions } from "./visibility";

const shown = (answers: Record<string, unknown>) => visibleQuestions(answers, CLOCK).map((q) => q.id);

const ALWAYS = [
  "dob",
  "sex",
  "diabetes",
  "osteoporosis_or_steroids",
  "region",
  "onset",
  "duration",
  "activities",
  "training_increase",
  "pain_now",
  "pain_worst",
  "pain_pattern",
  "symptoms",
  "can_walk_4_steps",
  "fever_unwell",
  "hot_red_swollen_joint",
  "calf_swelling_redness",
  "chest_pain_breathless",
  "weight_loss",
  "cancer_history",
  "night_pain",
  "numb_tingling_leg",
  "psfs",
  "goal",
  "event_date",
  "previous_episode",
  "consent_health_data",
];

describe("visibleQuestions", () => {
  it("shows only the unconditional questions before anything is answered", () => {
    expect(shown({})).toEqual(ALWAYS);
  });

  it("shows side and the knee map for a knee, and the injury questions after a sudden injury", () => {
    const ids = shown({ region: "knee", onset: "sudden_injury", mechanism: ["direct_blow"] });
    expect(ids).toEqual(
      expect.arrayContaining([
        "side",
        "knee_area",
        "mechanism",
        "blow_side",
        "can_bend_knee_90",
        "bone_tender_spot",
        "can_straight_leg_raise",
        "deformity",
        "cold_pale_numb_foot",
        "pain_escalating_tight",
      ]),
    );
    expect(ids).not.toContain("snap_back_of_leg");
    expect(ids).not.toContain("hip_area");
  });

  it("asks no side for the lower back, and asks the cauda equina questions", () => {
    const ids = shown({ region: "lower_back" });
    expect(ids).not.toContain("side");
    expect(ids).toEqual(expect.arrayContaining(["saddle_numbness", "bladder_bowel_change"]));
  });

  it("asks the cauda equina questions for leg symptoms anywhere, and both_legs only then", () => {
    expect(shown({ region: "ankle" })).not.toContain("saddle_numbness");
    expect(shown({ region: "ankle", numb_tingling_leg: true })).toEqual(
      expect.arrayContaining(["both_legs", "saddle_numbness", "bladder_bowel_change"]),
    );
  });

  it("asks about a limp up to age 16 on the day, for the hip, thigh or knee", () => {
    expect(shown({ dob: dobForAge(16), region: "thigh" })).toContain("limp");
    expect(shown({ dob: dobForAge(17), region: "thigh" })).not.toContain("limp");
    expect(shown({ dob: dobForAge(10), region: "ankle" })).not.toContain("limp");
    expect(shown({ region: "knee" })).not.toContain("limp");
  });

  it("reads the age from the date boxes as typed, before they are stored", () => {
    const [year, month, day] = dobForAge(12).split("-");
    expect(shown({ dob: { day, month, year }, region: "knee" })).toContain("limp");
    expect(shown({ dob: { day, month: "", year }, region: "knee" })).not.toContain("limp");
  });

  it("ignores stale answers to hidden questions when deciding later ones", () => {
    // mechanism is hidden once onset is gradual, so its old direct_blow cannot show blow_side.
    expect(shown({ region: "knee", onset: "gradual", mechanism: ["direct_blow"] })).not.toContain("blow_side");
    expect(shown({ onset: "gradual", symptoms: ["swelling"] })).not.toContain("swelling_speed");
    expect(shown({ onset: "sudden_injury", symptoms: ["swelling"] })).toContain("swelling_speed");
  });

  it("asks the clot risks only with a swollen, red calf and the hop question only for the hip", () => {
    expect(shown({ calf_swelling_redness: true })).toContain("clot_risk");
    expect(shown({ calf_swelling_redness: false })).not.toContain("clot_risk");
    expect(shown({ region: "hip_groin" })).toContain("hop_pain");
    expect(shown({ region: "thigh" })).not.toContain("hop_pain");
  });
});
