import { describe, expect, it } from "vitest";

import { answers, CLOCK, type AnswerOverrides } from "../intake/test-answers";
import { factsOf } from "./facts";
import { RULE_DEFS, generalPatientReason, patientReasonFor, type RuleId } from "./rules";
import { emergencyRulesSoFar, triage } from "./triage";

// A care card names only what the patient reported: a rule that fires on any of several
// answers words its patient reason from the answers that fired it (issue 15).

function reason(id: RuleId, overrides: AnswerOverrides): string {
  const given = answers(overrides);
  expect(
    triage(given, CLOCK).flags.map((f) => f.id),
    `${id} fires`,
  ).toContain(id);
  return patientReasonFor(id, factsOf(given, CLOCK));
}

const BACK = { region: "lower_back" } as const;
const SUDDEN_KNEE = { region: "knee", onset: "sudden_injury", mechanism: ["twisting"] } as const;
const HIP = { region: "hip_groin", hip_area: ["groin_front"], onset: "gradual" } as const;

describe("patient reasons worded from the answers", () => {
  it("E3 names only the features answered yes", () => {
    expect(reason("E3", { ...BACK, saddle_numbness: true })).toBe("Numbness around your bottom or genitals");
    expect(reason("E3", { ...BACK, bladder_bowel_change: true })).toBe("New problems peeing or pooing");
    expect(reason("E3", { ...BACK, numb_tingling_leg: true, both_legs: true })).toBe(
      "Numbness or weakness in both legs",
    );
    expect(reason("E3", { ...BACK, numb_tingling_leg: true, both_legs: false, saddle_numbness: true })).toBe(
      "Numbness around your bottom or genitals",
    );
    expect(reason("E3", { ...BACK, saddle_numbness: true, bladder_bowel_change: true })).toBe(
      "Numbness around your bottom or genitals and new problems peeing or pooing",
    );
    expect(
      reason("E3", {
        ...BACK,
        numb_tingling_leg: true,
        both_legs: true,
        saddle_numbness: true,
        bladder_bowel_change: true,
      }),
    ).toBe(
      "Numbness around your bottom or genitals, new problems peeing or pooing and numbness or weakness in both legs",
    );
  });

  it("E5 names the cold foot, the tight muscle, or both", () => {
    expect(reason("E5", { ...SUDDEN_KNEE, cold_pale_numb_foot: true })).toBe("A cold, pale or numb foot");
    expect(reason("E5", { ...SUDDEN_KNEE, pain_escalating_tight: true })).toBe(
      "Pain that keeps getting worse in a tight, hard muscle",
    );
    expect(reason("E5", { ...SUDDEN_KNEE, cold_pale_numb_foot: true, pain_escalating_tight: true })).toBe(
      "A cold, pale or numb foot and pain that keeps getting worse in a tight, hard muscle",
    );
  });

  it("U5 names when the hip hurts and which activity", () => {
    expect(reason("U5", { ...HIP, activities: ["running"], hop_pain: true })).toBe(
      "Groin or hip pain when you hop, while you've been running",
    );
    expect(reason("U5", { ...HIP, activities: [], training_increase: true, night_pain: true })).toBe(
      "Groin or hip pain at night, while you've been training hard",
    );
    expect(
      reason("U5", { ...HIP, activities: ["dance"], training_increase: true, pain_pattern: ["constant_at_rest"] }),
    ).toBe("Groin or hip pain at rest, while you've been dancing and training hard");
  });

  it("U6 says which: the fever or the hot joint", () => {
    expect(reason("U6", { fever_unwell: true })).toBe("A fever, or feeling hot, shivery and unwell");
    expect(reason("U6", { hot_red_swollen_joint: true })).toBe(
      "A painful joint that is hot and swollen, or a different colour",
    );
  });

  it("U7 says child or teenager from the age", () => {
    expect(reason("U7", { age: 9, limp: true })).toBe("A limp in a child, which needs checking the same day");
    expect(reason("U7", { age: 15, limp: true })).toBe("A limp in a teenager, which needs checking the same day");
  });

  it("U10 names only the back pain reported", () => {
    const CANCER = { ...BACK, cancer_history: true } as const;
    expect(reason("U10", { ...CANCER, night_pain: true })).toBe("Back pain at night, when you've had cancer before");
    expect(reason("U10", { ...CANCER, numb_tingling_leg: true })).toBe(
      "Back pain with numbness down your leg, when you've had cancer before",
    );
    expect(reason("U10", { ...CANCER, night_pain: true, pain_pattern: ["constant_at_rest"] })).toBe(
      "Back pain at night and at rest, when you've had cancer before",
    );
  });

  it("U11 names swollen or hot, and foot or ankle", () => {
    const DIABETIC = { diabetes: true } as const;
    expect(reason("U11", { ...DIABETIC, region: "foot_heel", foot_area: ["arch"], symptoms: ["swelling"] })).toBe(
      "A swollen foot when you have diabetes",
    );
    expect(reason("U11", { ...DIABETIC, region: "ankle", hot_red_swollen_joint: true })).toBe(
      "A hot ankle when you have diabetes",
    );
    expect(reason("U11", { ...DIABETIC, region: "ankle", symptoms: ["swelling"], hot_red_swollen_joint: true })).toBe(
      "A swollen and hot ankle when you have diabetes",
    );
  });

  it("words every emergency or urgent reason that lists alternatives, except those that repeat one question", () => {
    // Each of these fires on a single yes/no question whose own wording has the same "or"
    // (chest pain, breathlessness or coughing blood; leg, knee, ankle or foot out of shape;
    // a calf or thigh swollen, warm, or red; a snap, or a kick; weak bones or steroids):
    // the patient said yes to exactly that.
    const fixed = RULE_DEFS.filter(
      (rule) => rule.level !== "soon" && typeof rule.patientReason === "string" && /\bor\b/.test(rule.patientReason),
    ).map((rule) => rule.id);
    expect(fixed).toEqual(["E1", "E4", "U3", "U8", "U12"]);
  });

  it("keeps every alternative in the general wording, for lists read before answering", () => {
    expect(generalPatientReason(RULE_DEFS.find((r) => r.id === "E3")!)).toBe(
      "Numbness around your bottom or genitals, new problems peeing or pooing, or numbness or weakness in both legs",
    );
  });
});

describe("emergency rules on the answers so far", () => {
  it("fire on a part-filled questionnaire, absent answers counting as false", () => {
    expect(emergencyRulesSoFar({}, CLOCK)).toEqual([]);
    expect(emergencyRulesSoFar({ region: "lower_back", saddle_numbness: true }, CLOCK)).toEqual(["E3"]);
    expect(emergencyRulesSoFar({ chest_pain_breathless: true, deformity: true }, CLOCK)).toEqual(["E1", "E4"]);
    expect(emergencyRulesSoFar({ fever_unwell: true }, CLOCK)).toEqual([]);
  });
});
