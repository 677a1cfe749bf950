import { describe, expect, it } from "vitest";

import { CONSENT_TEXT, CONSENT_TEXT_VERSION } from "./consent-text";
import { SECTION_IDS, type QuestionDef } from "./question-types";
import { QUESTION_DEFS, QUESTIONNAIRE_ID, QUESTIONNAIRE_VERSION, SECTIONS, questionById } from "./questionnaire";
import { REGIONS, REGION_AREAS } from "./regions";
import { conditionQuestionIds } from "./shown-when";
import type { Condition } from "./question-types";

// The spec's §1 tables, restated independently: ids, types, codes, whether a multi
// may be empty, and whether the question is conditional. A change to the contract
// must change both.
const SPEC: Record<string, [QuestionDef["type"], string, string[]?, ("may_be_empty" | "conditional" | "optional")[]?]> =
  {
    dob: ["date", "A"],
    sex: ["choice", "A", ["female", "male", "other", "prefer_not_to_say"], ["optional"]],
    diabetes: ["bool", "A"],
    osteoporosis_or_steroids: ["bool", "A"],
    region: ["choice", "B", ["knee", "hip_groin", "foot_heel", "ankle", "lower_leg", "thigh", "lower_back", "other"]],
    side: ["choice", "B", ["left", "right", "both"], ["conditional"]],
    knee_area: ["multi", "B", ["front", "inside", "outside", "back", "whole"], ["conditional"]],
    hip_area: ["multi", "B", ["groin_front", "outside", "buttock"], ["conditional"]],
    foot_area: ["multi", "B", ["heel_underside", "arch", "back_of_heel", "forefoot", "top_of_foot"], ["conditional"]],
    other_description: ["text", "B", undefined, ["conditional"]],
    onset: ["choice", "C", ["sudden_injury", "gradual", "unsure"]],
    duration: ["choice", "C", ["under_1_week", "1_2_weeks", "2_6_weeks", "6_12_weeks", "over_12_weeks"]],
    mechanism: [
      "multi",
      "C",
      [
        "twisting",
        "direct_blow",
        "fall",
        "landing",
        "kicking",
        "change_of_direction",
        "sprinting",
        "overstretch",
        "other",
      ],
      ["conditional"],
    ],
    blow_side: ["choice", "C", ["outside_of_knee", "inside_of_knee", "front_of_knee", "other"], ["conditional"]],
    activities: [
      "multi",
      "C",
      ["running", "football", "hockey", "rugby", "racket_sports", "gym", "cycling", "dance", "other"],
      ["may_be_empty"],
    ],
    training_increase: ["bool", "C"],
    pain_now: ["int", "D"],
    pain_worst: ["int", "D"],
    pain_pattern: [
      "multi",
      "D",
      [
        "first_steps_morning",
        "after_sitting",
        "during_running",
        "after_running",
        "stairs",
        "squatting_kneeling",
        "at_night",
        "constant_at_rest",
        "lying_on_side",
        "eases_with_movement",
      ],
      ["may_be_empty"],
    ],
    symptoms: [
      "multi",
      "E",
      ["clicking_grinding", "giving_way", "locking", "catching", "swelling", "bruising", "stiffness", "weakness"],
      ["may_be_empty"],
    ],
    swelling_speed: ["choice", "E", ["within_2_hours", "within_24_hours", "gradual"], ["conditional"]],
    can_walk_4_steps: ["bool", "F"],
    limp: ["bool", "F", undefined, ["conditional"]],
    can_bend_knee_90: ["bool", "F", undefined, ["conditional"]],
    bone_tender_spot: ["choice", "F", ["kneecap", "outside_below_knee", "neither", "not_sure"], ["conditional"]],
    can_straight_leg_raise: ["bool", "F", undefined, ["conditional"]],
    snap_back_of_leg: ["bool", "F", undefined, ["conditional"]],
    deformity: ["bool", "F", undefined, ["conditional"]],
    cold_pale_numb_foot: ["bool", "F", undefined, ["conditional"]],
    pain_escalating_tight: ["bool", "F", undefined, ["conditional"]],
    fever_unwell: ["bool", "F"],
    hot_red_swollen_joint: ["bool", "F"],
    calf_swelling_redness: ["bool", "F"],
    clot_risk: [
      "multi",
      "F",
      ["surgery_last_12_weeks", "long_journey_last_4_weeks", "cast_or_bed_rest", "previous_clot", "active_cancer"],
      ["may_be_empty", "conditional"],
    ],
    chest_pain_breathless: ["bool", "F"],
    weight_loss: ["bool", "F"],
    cancer_history: ["bool", "F"],
    night_pain: ["bool", "F"],
    numb_tingling_leg: ["bool", "F"],
    both_legs: ["bool", "F", undefined, ["conditional"]],
    saddle_numbness: ["bool", "F", undefined, ["conditional"]],
    bladder_bowel_change: ["bool", "F", undefined, ["conditional"]],
    hop_pain: ["bool", "F", undefined, ["conditional"]],
    psfs: ["psfs", "G"],
    goal: ["text", "G", undefined, ["optional"]],
    event_date: ["date", "G", undefined, ["optional"]],
    previous_episode: ["bool", "G"],
    consent_health_data: ["bool", "H"],
  };

const optionCodes = (q: QuestionDef) => ("options" in q ? q.options.map((o) => o.code) : undefined);

type Leaf = Exclude<Condition, { readonly all: unknown } | { readonly any: unknown }>;

function leaves(condition: Condition): Leaf[] {
  if ("all" in condition) return condition.all.flatMap(leaves);
  if ("any" in condition) return condition.any.flatMap(leaves);
  return [condition];
}

describe("questionnaire definition", () => {
  it("is stride-intake version 1", () => {
    expect([QUESTIONNAIRE_ID, QUESTIONNAIRE_VERSION]).toEqual(["stride-intake", 1]);
  });

  it("has exactly the spec's questions, in its order, with its types, sections and codes", () => {
    expect(QUESTION_DEFS.map((q) => q.id)).toEqual(Object.keys(SPEC));
    for (const q of QUESTION_DEFS) {
      const [type, section, codes, flags = []] = SPEC[q.id]!;
      expect({ id: q.id, type: q.type, section: q.section }).toEqual({ id: q.id, type, section });
      expect(optionCodes(q), q.id).toEqual(codes);
      expect(q.shownWhen !== undefined, `${q.id} conditional`).toBe(flags.includes("conditional"));
      expect(q.required, `${q.id} required`).toBe(!flags.includes("optional"));
      if (q.type === "multi") expect(q.mayBeEmpty, `${q.id} may be empty`).toBe(flags.includes("may_be_empty"));
    }
  });

  it("keeps the spec's limits", () => {
    expect(questionById("other_description")).toMatchObject({ minLength: 2, maxLength: 200 });
    expect(questionById("goal")).toMatchObject({ maxLength: 500 });
    expect(questionById("pain_now")).toMatchObject({ min: 0, max: 10 });
    expect(questionById("pain_worst")).toMatchObject({ min: 0, max: 10, atLeast: { q: "pain_now" } });
    expect(questionById("dob")).toMatchObject({ rule: { kind: "birth", minAge: 5, maxAge: 110 } });
    expect(questionById("event_date")).toMatchObject({ rule: { kind: "not_past" } });
    expect(questionById("psfs")).toMatchObject({
      minRows: 1,
      maxRows: 3,
      activityLength: { min: 2, max: 80 },
      score: { min: 0, max: 10 },
    });
    expect(questionById("consent_health_data")).toMatchObject({ mustBeTrue: true });
  });

  it("reuses the shared region and area codes", () => {
    expect(optionCodes(questionById("region")!)).toEqual([...REGIONS]);
    expect(optionCodes(questionById("knee_area")!)).toEqual([...REGION_AREAS.knee]);
    expect(optionCodes(questionById("hip_area")!)).toEqual([...REGION_AREAS.hip_groin]);
    expect(optionCodes(questionById("foot_area")!)).toEqual([...REGION_AREAS.foot_heel]);
  });

  it("lists sections A to H, each with questions, in order", () => {
    expect(SECTIONS.map((s) => s.id)).toEqual([...SECTION_IDS]);
    const order = QUESTION_DEFS.map((q) => SECTION_IDS.indexOf(q.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const id of SECTION_IDS)
      expect(
        QUESTION_DEFS.some((q) => q.section === id),
        id,
      ).toBe(true);
  });

  it("only shows a question on answers to earlier questions, using codes those questions offer", () => {
    QUESTION_DEFS.forEach((q, index) => {
      if (!q.shownWhen) return;
      const earlier = new Set(QUESTION_DEFS.slice(0, index).map((e) => e.id));
      for (const id of conditionQuestionIds(q.shownWhen)) expect(earlier.has(id), `${q.id} reads ${id}`).toBe(true);
      for (const leaf of leaves(q.shownWhen)) {
        if ("age" in leaf) continue;
        const target = questionById(leaf.q)!;
        const values = "eq" in leaf ? [leaf.eq] : "ne" in leaf ? [leaf.ne] : "in" in leaf ? leaf.in : [leaf.has];
        for (const value of values) {
          if (target.type === "bool") expect(typeof value, `${q.id}`).toBe("boolean");
          else expect(optionCodes(target), `${q.id}: ${leaf.q} offers ${String(value)}`).toContain(value);
        }
      }
    });
  });

  it("gives every question patient wording, a clinician label and an error message, and every option a label", () => {
    for (const q of QUESTION_DEFS) {
      expect(q.text.length, q.id).toBeGreaterThan(5);
      expect(q.clinician.length, q.id).toBeGreaterThan(2);
      expect(q.error.length, q.id).toBeGreaterThan(10);
      if ("options" in q) for (const o of q.options) expect(o.label.length, `${q.id}.${o.code}`).toBeGreaterThan(1);
      if (q.type === "multi" && q.mayBeEmpty) expect(q.noneLabel, q.id).toBeTruthy();
    }
  });

  it("keeps clinical jargon out of what patients read", () => {
    const jargon =
      /\b(anterior|posterior|medial|lateral|bilateral|effusion|haemarthrosis|paraesthesia|anaesthesia|dyspnoea|haemoptysis|weight-bear|NRS|valgus|varus|DVT|PE)\b/i;
    for (const q of QUESTION_DEFS) {
      const patientText = [q.text, q.hint ?? "", q.error, ...("options" in q ? q.options.map((o) => o.label) : [])];
      for (const text of patientText) expect(text, q.id).not.toMatch(jargon);
    }
  });

  it("asks for consent with the versioned consent wording", () => {
    expect(CONSENT_TEXT_VERSION).toBe(1);
    expect(CONSENT_TEXT.version).toBe(CONSENT_TEXT_VERSION);
    expect(questionById("consent_health_data")!.text).toBe(CONSENT_TEXT.statement);
  });
});
