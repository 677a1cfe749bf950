import { describe, expect, it } from "vitest";

import { answers, CLOCK, type AnswerOverrides } from "../intake/test-answers";
import { RED_FLAG_IDS, RED_FLAG_LEVELS } from "./red-flags";
import { BOOKING_SAFETY_SCREEN, RULES, generalPatientReason, patientAdviceFor, type RuleId } from "./rules";
import { triage } from "./triage";

// One describe block per rule id (the rule-coverage list): each fires in at least
// one story and stays silent in a near miss. All answers go through validation.

const run = (overrides: AnswerOverrides) => triage(answers(overrides), CLOCK);
const flagIds = (overrides: AnswerOverrides) => run(overrides).flags.map((f) => f.id);
const reasonOf = (id: RuleId, overrides: AnswerOverrides) => run(overrides).flags.find((f) => f.id === id)?.reason;

function fires(id: RuleId, story: string, overrides: AnswerOverrides) {
  it(`fires: ${story}`, () => expect(flagIds(overrides)).toContain(id));
}
function silent(id: RuleId, story: string, overrides: AnswerOverrides) {
  it(`silent (near miss): ${story}`, () => expect(flagIds(overrides)).not.toContain(id));
}

const SUDDEN = { onset: "sudden_injury", mechanism: ["twisting"] } as const;
const ACUTE_KNEE = { region: "knee", ...SUDDEN, duration: "under_1_week" } as const;
const HIP_RUNNER = {
  region: "hip_groin",
  hip_area: ["groin_front"],
  onset: "gradual",
  activities: ["running"],
} as const;

describe("benign answers", () => {
  it("fire no rule and triage as routine", () => {
    expect(run({})).toMatchObject({ disposition: "routine", flags: [], suspected: [] });
  });
});

describe("E1", () => {
  fires("E1", "new chest pain or breathlessness", { chest_pain_breathless: true });
  silent("E1", "a swollen red calf without chest symptoms", { calf_swelling_redness: true });
  it("notes DVT features alongside, for PE risk", () => {
    expect(reasonOf("E1", { chest_pain_breathless: true, calf_swelling_redness: true })).toMatch(/DVT features/);
  });
});

describe("E2", () => {
  fires("E2", "fever with a hot, swollen joint", { fever_unwell: true, hot_red_swollen_joint: true });
  silent("E2", "fever alone", { fever_unwell: true });
});

describe("E3", () => {
  fires("E3", "saddle numbness with low back pain", { region: "lower_back", saddle_numbness: true });
  fires("E3", "new bladder or bowel trouble with hip pain", {
    region: "hip_groin",
    hip_area: ["buttock"],
    bladder_bowel_change: true,
  });
  fires("E3", "severe or worsening symptoms in both legs (ankle problem)", {
    region: "ankle",
    numb_tingling_leg: true,
    both_legs: true,
  });
  silent("E3", "sciatica-like symptoms in one leg only", { region: "lower_back", numb_tingling_leg: true });
  silent("E3", "saddle numbness sent for an ankle without leg symptoms (hidden, dropped)", {
    region: "ankle",
    saddle_numbness: true,
  });
  it("names each feature reported", () => {
    expect(reasonOf("E3", { region: "lower_back", saddle_numbness: true, bladder_bowel_change: true })).toMatch(
      /saddle anaesthesia\/paraesthesia and new bladder or bowel dysfunction/,
    );
  });
});

describe("E4", () => {
  fires("E4", "an ankle out of shape after a fall", {
    region: "ankle",
    onset: "sudden_injury",
    mechanism: ["fall"],
    deformity: true,
  });
  silent("E4", "deformity sent with a gradual onset (hidden, dropped)", {
    region: "ankle",
    onset: "gradual",
    deformity: true,
  });
});

describe("E5", () => {
  fires("E5", "a cold, pale foot after a knee dislocation", { ...ACUTE_KNEE, cold_pale_numb_foot: true });
  fires("E5", "escalating pain in a tight calf after a kick", {
    region: "lower_leg",
    onset: "sudden_injury",
    mechanism: ["direct_blow"],
    pain_escalating_tight: true,
  });
  silent("E5", "a tight muscle sent for a hip injury (not asked there)", {
    region: "hip_groin",
    hip_area: ["groin_front"],
    ...SUDDEN,
    pain_escalating_tight: true,
  });
});

describe("U1", () => {
  fires("U1", "acute knee injury, kneecap tender", { ...ACUTE_KNEE, bone_tender_spot: "kneecap" });
  fires("U1", "acute knee injury, fibular head tender", {
    ...ACUTE_KNEE,
    duration: "1_2_weeks",
    bone_tender_spot: "outside_below_knee",
  });
  fires("U1", "acute knee injury, cannot bend to 90°", { ...ACUTE_KNEE, can_bend_knee_90: false });
  fires("U1", "acute knee injury, cannot take 4 steps", { ...ACUTE_KNEE, can_walk_4_steps: false });
  fires("U1", "acute knee injury at 55", { ...ACUTE_KNEE, age: 55 });
  silent("U1", "acute knee injury at 54 with no other item", { ...ACUTE_KNEE, age: 54 });
  silent("U1", "kneecap tender but the injury is 2 to 6 weeks old", {
    ...ACUTE_KNEE,
    duration: "2_6_weeks",
    bone_tender_spot: "kneecap",
  });
  silent("U1", "not sure about bony tenderness, no other item", { ...ACUTE_KNEE, bone_tender_spot: "not_sure" });
  it("lists the items met, and says when the tenderness item is unknown", () => {
    const reason = reasonOf("U1", { ...ACUTE_KNEE, age: 60, can_bend_knee_90: false, bone_tender_spot: "not_sure" });
    expect(reason).toMatch(/age 60 \(55 or over\) and unable to flex to 90°/);
    expect(reason).toMatch(/Bony tenderness item unknown \(patient not sure\)/);
    expect(reasonOf("U1", { ...ACUTE_KNEE, bone_tender_spot: "kneecap" })).not.toMatch(/unknown/);
  });
});

describe("U2", () => {
  fires("U2", "cannot take 4 steps with a gradual-onset foot problem", {
    region: "foot_heel",
    foot_area: ["arch"],
    onset: "gradual",
    can_walk_4_steps: false,
  });
  fires("U2", "cannot take 4 steps with an old knee injury (not an acute knee injury)", {
    ...ACUTE_KNEE,
    duration: "6_12_weeks",
    can_walk_4_steps: false,
  });
  silent("U2", "cannot take 4 steps after an acute knee injury (U1 covers it)", {
    ...ACUTE_KNEE,
    can_walk_4_steps: false,
  });
});

describe("U3", () => {
  fires("U3", "one swollen, red calf", { calf_swelling_redness: true });
  silent("U3", "clot risks sent without a swollen calf (hidden, dropped)", { clot_risk: ["previous_clot"] });
  it("names the clot risks, or says there were none", () => {
    expect(
      reasonOf("U3", { calf_swelling_redness: true, clot_risk: ["surgery_last_12_weeks", "previous_clot"] }),
    ).toMatch(/Clot risk factors: surgery within 12 weeks and previous DVT\/PE\./);
    expect(reasonOf("U3", { calf_swelling_redness: true })).toMatch(/No clot risk factors reported\./);
  });
});

describe("U4", () => {
  fires("U4", "a knee that locked after a twist this week", { ...ACUTE_KNEE, symptoms: ["locking"] });
  silent("U4", "a locking knee from an injury 6 to 12 weeks ago", {
    ...ACUTE_KNEE,
    duration: "6_12_weeks",
    symptoms: ["locking"],
  });
});

describe("U5", () => {
  fires("U5", "runner with groin pain on hopping", { ...HIP_RUNNER, hop_pain: true });
  fires("U5", "runner with groin night pain", { ...HIP_RUNNER, night_pain: true });
  fires("U5", "training spike (no running) with constant rest pain, onset unsure", {
    ...HIP_RUNNER,
    onset: "unsure",
    activities: ["gym"],
    training_increase: true,
    pain_pattern: ["constant_at_rest"],
  });
  silent("U5", "groin pain on hopping but no bone-loading activity", {
    ...HIP_RUNNER,
    activities: ["cycling"],
    hop_pain: true,
  });
  silent("U5", "runner with groin pain on hopping after a sudden injury", { ...HIP_RUNNER, ...SUDDEN, hop_pain: true });
  silent("U5", "runner with groin pain only after runs", { ...HIP_RUNNER, pain_pattern: ["after_running"] });
});

describe("U6", () => {
  fires("U6", "fever without a hot joint", { fever_unwell: true });
  fires("U6", "a hot, swollen joint without fever", { hot_red_swollen_joint: true });
  silent("U6", "both (E2 instead)", { fever_unwell: true, hot_red_swollen_joint: true });
  it("says which one", () => {
    expect(reasonOf("U6", { hot_red_swollen_joint: true })).toMatch(/without fever/);
    expect(reasonOf("U6", { fever_unwell: true })).toMatch(/without a hot, swollen joint/);
  });
});

describe("U7", () => {
  fires("U7", "13-year-old limping with knee pain", { age: 13, limp: true });
  fires("U7", "8-year-old limping with hip pain", {
    age: 8,
    region: "hip_groin",
    hip_area: ["groin_front"],
    limp: true,
  });
  fires("U7", "16-year-old limping with thigh pain", { age: 16, region: "thigh", limp: true });
  silent("U7", "17-year-old (limp not asked)", { age: 17, limp: true });
  silent("U7", "7-year-old limping (S10 instead)", { age: 7, limp: true });
  silent("U7", "13-year-old without a limp", { age: 13, limp: false });
});

describe("U8", () => {
  fires("U8", "snap at the back of the ankle while lunging", { region: "ankle", ...SUDDEN, snap_back_of_leg: true });
  silent("U8", "snap sent for a gradual heel pain (hidden, dropped)", {
    region: "foot_heel",
    foot_area: ["back_of_heel"],
    onset: "gradual",
    snap_back_of_leg: true,
  });
});

describe("U9", () => {
  fires("U9", "cannot lift the straight leg after landing on a knee", { ...ACUTE_KNEE, can_straight_leg_raise: false });
  silent("U9", "can lift the straight leg after a thigh injury", {
    region: "thigh",
    ...SUDDEN,
    can_straight_leg_raise: true,
  });
});

describe("U10", () => {
  fires("U10", "past cancer, low back pain at night", { region: "lower_back", cancer_history: true, night_pain: true });
  fires("U10", "past cancer, constant low back pain at rest", {
    region: "lower_back",
    cancer_history: true,
    pain_pattern: ["constant_at_rest"],
  });
  fires("U10", "past cancer, low back pain with leg numbness", {
    region: "lower_back",
    cancer_history: true,
    numb_tingling_leg: true,
  });
  silent("U10", "past cancer, mechanical low back pain", {
    region: "lower_back",
    cancer_history: true,
    pain_pattern: ["after_sitting"],
  });
  silent("U10", "past cancer, hip night pain", {
    region: "hip_groin",
    hip_area: ["buttock"],
    cancer_history: true,
    night_pain: true,
  });
});

describe("U11", () => {
  fires("U11", "diabetes with a swollen foot", {
    region: "foot_heel",
    foot_area: ["arch"],
    diabetes: true,
    symptoms: ["swelling"],
  });
  fires("U11", "diabetes with a hot ankle", { region: "ankle", diabetes: true, hot_red_swollen_joint: true });
  silent("U11", "diabetes with a foot problem, no swelling or heat (S6 only)", {
    region: "foot_heel",
    foot_area: ["arch"],
    diabetes: true,
  });
  silent("U11", "a swollen foot without diabetes", {
    region: "foot_heel",
    foot_area: ["arch"],
    symptoms: ["swelling"],
  });
});

describe("U12", () => {
  fires("U12", "long-term steroids, fell on the hip, still walking", {
    region: "hip_groin",
    hip_area: ["outside"],
    osteoporosis_or_steroids: true,
    onset: "sudden_injury",
    mechanism: ["fall"],
  });
  silent("U12", "osteoporosis with gradual hip pain", {
    region: "hip_groin",
    hip_area: ["outside"],
    osteoporosis_or_steroids: true,
    onset: "gradual",
  });
  silent("U12", "osteoporosis with a sudden knee injury (S8 instead)", {
    ...ACUTE_KNEE,
    osteoporosis_or_steroids: true,
  });
});

describe("S1", () => {
  fires("S1", "swelling within 2 hours of the injury", {
    ...ACUTE_KNEE,
    symptoms: ["swelling"],
    swelling_speed: "within_2_hours",
  });
  silent("S1", "swelling later that day", { ...ACUTE_KNEE, symptoms: ["swelling"], swelling_speed: "within_24_hours" });
});

describe("S2", () => {
  fires("S2", "giving way after an injury", { ...ACUTE_KNEE, symptoms: ["giving_way"] });
  silent("S2", "giving way with a gradual onset", { region: "knee", onset: "gradual", symptoms: ["giving_way"] });
});

describe("S3", () => {
  fires("S3", "worst pain 8", { pain_worst: 8 });
  silent("S3", "worst pain 7", { pain_worst: 7 });
  it("gives the worst score", () => expect(reasonOf("S3", { pain_now: 9, pain_worst: 10 })).toMatch(/worst 10\/10/));
});

describe("S4", () => {
  fires("S4", "weight loss without trying", { weight_loss: true });
  fires("S4", "night pain", { night_pain: true });
  fires("S4", "past cancer at 50", { age: 50, cancer_history: true });
  fires("S4", "past cancer at 30 with low back pain", { age: 30, region: "lower_back", cancer_history: true });
  silent("S4", "past cancer at 49 with knee pain", { age: 49, cancer_history: true });
  it("tells the therapist to consider a GP review", () => {
    expect(reasonOf("S4", { weight_loss: true, night_pain: true })).toMatch(
      /unexplained weight loss and night pain.*Consider a GP review for serious pathology/,
    );
  });
});

describe("S5", () => {
  fires("S5", "numbness down one leg", { region: "lower_back", numb_tingling_leg: true });
  silent("S5", "numbness down the leg with saddle numbness (E3 instead)", {
    region: "lower_back",
    numb_tingling_leg: true,
    saddle_numbness: true,
  });
});

describe("S6", () => {
  fires("S6", "diabetes with an ankle problem", { region: "ankle", diabetes: true });
  silent("S6", "diabetes with a knee problem", { diabetes: true });
});

describe("S7", () => {
  fires("S7", "runner with shin pain at night", {
    region: "lower_leg",
    onset: "gradual",
    activities: ["running"],
    night_pain: true,
  });
  fires("S7", "dancer with constant forefoot pain, onset unsure", {
    region: "foot_heel",
    foot_area: ["forefoot"],
    activities: ["dance"],
    pain_pattern: ["constant_at_rest"],
  });
  silent("S7", "runner with shin pain at night after a knock", {
    region: "lower_leg",
    ...SUDDEN,
    activities: ["running"],
    night_pain: true,
  });
  silent("S7", "cyclist with shin pain at night", {
    region: "lower_leg",
    onset: "gradual",
    activities: ["cycling"],
    night_pain: true,
  });
  silent("S7", "runner with knee pain at night (not a listed region)", {
    region: "knee",
    onset: "gradual",
    activities: ["running"],
    night_pain: true,
  });
});

describe("S8", () => {
  fires("S8", "osteoporosis and a twisted ankle", { region: "ankle", osteoporosis_or_steroids: true, ...SUDDEN });
  silent("S8", "osteoporosis with gradual ankle pain", {
    region: "ankle",
    osteoporosis_or_steroids: true,
    onset: "gradual",
  });
  silent("S8", "osteoporosis and a hip injury (U12 instead)", {
    region: "hip_groin",
    hip_area: ["outside"],
    osteoporosis_or_steroids: true,
    ...SUDDEN,
  });
});

describe("S9", () => {
  fires("S9", "a knee that locks now and then, no recent injury", { onset: "gradual", symptoms: ["locking"] });
  silent("S9", "a knee that locked after a fresh injury (U4 instead)", { ...ACUTE_KNEE, symptoms: ["locking"] });
  silent("S9", "a hip that locks", { region: "hip_groin", hip_area: ["groin_front"], symptoms: ["locking"] });
});

describe("S10", () => {
  fires("S10", "6-year-old limping with hip pain", {
    age: 6,
    region: "hip_groin",
    hip_area: ["groin_front"],
    limp: true,
  });
  fires("S10", "5-year-old limping with knee pain", { age: 5, limp: true });
  silent("S10", "8-year-old limping (U7 instead)", { age: 8, limp: true });
  silent("S10", "6-year-old not limping", { age: 6, limp: false });
});

describe("rules table", () => {
  it("is E1–E5, U1–U12, S1–S10 in order, at their levels", () => {
    const expected = [
      ...[1, 2, 3, 4, 5].map((n) => [`E${n}`, "emergency"]),
      ...Array.from({ length: 12 }, (_, i) => [`U${i + 1}`, "urgent"]),
      ...Array.from({ length: 10 }, (_, i) => [`S${i + 1}`, "soon"]),
    ];
    expect(RULES.map((r) => [r.id, r.level])).toEqual(expected);
  });

  it("derives the red-flag ids and levels content cites (emergency and urgent rules)", () => {
    expect(RED_FLAG_IDS).toEqual(RULES.filter((r) => r.level !== "soon").map((r) => r.id));
    expect(RED_FLAG_LEVELS.E3).toBe("emergency");
    expect(RED_FLAG_LEVELS.U7).toBe("urgent");
    expect(Object.keys(RED_FLAG_LEVELS)).not.toContain("S1");
  });

  it("screens bookings with the emergency rules' own patient reasons", () => {
    expect(BOOKING_SAFETY_SCREEN).toEqual(
      RULES.filter((r) => r.level === "emergency").map((r) => ({ ruleId: r.id, text: generalPatientReason(r) })),
    );
    expect(BOOKING_SAFETY_SCREEN.map((s) => s.text)).toEqual([
      "New chest pain or breathlessness, or coughing up blood",
      "A fever with a hot, swollen joint",
      "Numbness around your bottom or genitals, new problems peeing or pooing, or numbness or weakness in both legs",
      "A leg, knee, ankle or foot that looks out of shape after an injury",
      "A cold, pale or numb foot, or pain that keeps getting worse in a tight, hard muscle",
    ]);
  });

  it("gives every rule a plain-English patient reason that names no condition", () => {
    const diagnosis =
      /\b(fracture|rupture|DVT|thrombosis|cauda|equina|sepsis|septic|metasta|compartment|Charcot|Perthes|epiphysis|dislocation)/i;
    for (const rule of RULES) {
      expect(generalPatientReason(rule), rule.id).not.toMatch(diagnosis);
      expect(patientAdviceFor(rule.id) ?? "", rule.id).not.toMatch(diagnosis);
    }
    expect(patientAdviceFor("U5")).toMatch(/Stop running/);
  });
});
