import { describe, expect, it } from "vitest";

import { answers, CLOCK, type AnswerOverrides } from "../intake/test-answers";
import { CONDITION_PATTERNS } from "./conditions";
import { triage } from "./triage";

// One describe block per suspected condition: its pattern scores as the spec's
// criteria say, and it drops out when a requirement fails.

const suspected = (overrides: AnswerOverrides) => triage(answers(overrides), CLOCK).suspected;
const scores = (overrides: AnswerOverrides) => suspected(overrides).map((s) => [s.condition, s.score]);

const KNEE_SUDDEN = { region: "knee", onset: "sudden_injury", duration: "2_6_weeks" } as const;
const GROIN = { region: "hip_groin", hip_area: ["groin_front"] } as const;

describe("patellofemoral_pain", () => {
  const story = {
    knee_area: ["front"],
    onset: "gradual",
    pain_pattern: ["stairs", "after_sitting"],
    activities: ["running"],
    symptoms: ["clicking_grinding"],
  } as const;
  it("scores 1 for a runner's knee story, with a reason per criterion naming only what was reported", () => {
    expect(suspected(story)).toEqual([
      {
        condition: "patellofemoral_pain",
        score: 1,
        reasons: [
          "Gradual onset",
          "Pain on stairs (patellofemoral loading)",
          "Pain on rising after sitting",
          "Runner",
          "Clicking or crepitus",
        ],
      },
    ]);
  });
  it("is left out below half the criteria (2 of 5)", () => {
    expect(scores({ ...story, pain_pattern: [], symptoms: [] })).toEqual([]);
  });
  it("needs front-of-knee pain", () => expect(scores({ ...story, knee_area: ["back"] })).toEqual([]));
});

describe("mcl_injury", () => {
  it("scores 0.5 for a blow to the outside of the knee with swelling", () => {
    expect(
      scores({
        ...KNEE_SUDDEN,
        knee_area: ["inside"],
        mechanism: ["direct_blow"],
        blow_side: "outside_of_knee",
        symptoms: ["swelling"],
        swelling_speed: "gradual",
      }),
    ).toEqual([["mcl_injury", 0.5]]);
  });
  it("needs inside knee pain", () => {
    expect(
      scores({
        ...KNEE_SUDDEN,
        knee_area: ["outside"],
        mechanism: ["direct_blow"],
        blow_side: "outside_of_knee",
        symptoms: ["giving_way"],
      }),
    ).toEqual([]);
  });
});

describe("medial_knee_overuse", () => {
  it("scores 1 for a runner whose training jumped and whose inner knee hurts on stairs", () => {
    expect(
      scores({
        knee_area: ["inside"],
        onset: "gradual",
        activities: ["running"],
        pain_pattern: ["stairs"],
        training_increase: true,
      }),
    ).toEqual([["medial_knee_overuse", 1]]);
  });
  it("needs a non-traumatic onset", () => {
    expect(
      scores({
        ...KNEE_SUDDEN,
        knee_area: ["inside"],
        mechanism: ["fall"],
        activities: ["running"],
        pain_pattern: ["stairs"],
        training_increase: true,
      }),
    ).toEqual([]);
  });
});

describe("acl_injury", () => {
  it("scores 1 for a pivot, swelling within 2 hours and giving way", () => {
    expect(
      scores({
        ...KNEE_SUDDEN,
        knee_area: ["whole"],
        mechanism: ["change_of_direction"],
        symptoms: ["swelling", "giving_way"],
        swelling_speed: "within_2_hours",
      }),
    ).toEqual([["acl_injury", 1]]);
  });
  it("needs a sudden injury", () => {
    expect(scores({ knee_area: ["whole"], onset: "gradual", symptoms: ["swelling", "giving_way"] })).toEqual([]);
  });
  // The mechanism criterion is an "or": its reason names only the ways the patient said it happened.
  const acl = (mechanism: string[]) =>
    suspected({
      ...KNEE_SUDDEN,
      knee_area: ["whole"],
      mechanism,
      symptoms: ["swelling", "giving_way"],
      swelling_speed: "within_2_hours",
    }).find((s) => s.condition === "acl_injury")?.reasons;
  it("names a knock and a landing as a landing, never as pivoting or non-contact", () => {
    expect(acl(["direct_blow", "landing"])).toEqual([
      "Landing mechanism",
      "Swelling within 2 hours (haemarthrosis)",
      "Giving way",
    ]);
  });
  it("names a pivot as pivoting, and every alternative reported, in the table's order", () => {
    expect(acl(["twisting"])?.[0]).toBe("Pivoting mechanism");
    expect(acl(["change_of_direction", "landing", "twisting"])?.[0]).toBe("Pivoting, landing and cutting mechanism");
  });
});

describe("meniscal_injury", () => {
  it("names catching alone when the knee catches but does not lock", () => {
    const meniscal = suspected({
      ...KNEE_SUDDEN,
      knee_area: ["inside"],
      mechanism: ["twisting"],
      symptoms: ["catching"],
    }).find((s) => s.condition === "meniscal_injury");
    expect(meniscal?.reasons).toEqual(["Twisting mechanism", "Catching"]);
  });
  it("scores 1 for a twist, catching, swelling over hours and pain squatting", () => {
    expect(
      scores({
        ...KNEE_SUDDEN,
        knee_area: ["inside"],
        mechanism: ["twisting"],
        symptoms: ["catching", "swelling"],
        swelling_speed: "within_24_hours",
        pain_pattern: ["squatting_kneeling"],
      }),
    ).toEqual([
      ["meniscal_injury", 1],
      ["mcl_injury", 0.5],
    ]);
  });
  it("needs the knee", () => {
    expect(
      scores({
        region: "thigh",
        onset: "sudden_injury",
        mechanism: ["twisting"],
        symptoms: ["catching"],
        pain_pattern: ["squatting_kneeling"],
      }),
    ).toEqual([]);
  });
});

describe("itb_syndrome", () => {
  it("scores 0.75 for a runner with outer knee pain during runs", () => {
    expect(
      scores({ knee_area: ["outside"], onset: "gradual", activities: ["running"], pain_pattern: ["during_running"] }),
    ).toEqual([["itb_syndrome", 0.75]]);
  });
  it("ties with knee osteoarthritis at 0.5, and then keeps table order", () => {
    expect(
      scores({
        age: 50,
        knee_area: ["outside"],
        onset: "gradual",
        activities: ["running"],
        symptoms: ["clicking_grinding"],
      }),
    ).toEqual([
      ["itb_syndrome", 0.5],
      ["knee_osteoarthritis", 0.5],
    ]);
  });
});

describe("knee_osteoarthritis", () => {
  it("scores 1 at 60 and sorts above a weaker patellofemoral pattern", () => {
    expect(
      scores({
        age: 60,
        knee_area: ["front"],
        onset: "gradual",
        duration: "over_12_weeks",
        pain_pattern: ["stairs"],
        symptoms: ["clicking_grinding"],
      }),
    ).toEqual([
      ["knee_osteoarthritis", 1],
      ["patellofemoral_pain", 0.6],
    ]);
  });
  it("needs age 45 or over", () => {
    expect(
      scores({
        age: 44,
        knee_area: ["back"],
        onset: "gradual",
        duration: "over_12_weeks",
        pain_pattern: ["stairs"],
        symptoms: ["clicking_grinding"],
      }),
    ).toEqual([]);
  });
});

describe("hip_impingement_fai", () => {
  it("scores 1 for a footballer with clicking, stiff groin pain after sitting", () => {
    expect(
      scores({
        ...GROIN,
        onset: "gradual",
        symptoms: ["clicking_grinding", "stiffness"],
        pain_pattern: ["after_sitting"],
        activities: ["football"],
      }),
    ).toEqual([["hip_impingement_fai", 1]]);
  });
  it("needs groin or front-of-hip pain", () => {
    expect(
      scores({
        region: "hip_groin",
        hip_area: ["buttock"],
        onset: "gradual",
        symptoms: ["clicking_grinding", "stiffness"],
        pain_pattern: ["after_sitting"],
      }),
    ).toEqual([]);
  });
});

describe("adductor_strain", () => {
  it("scores 1 for a hockey player who felt it sprinting, with bruising", () => {
    expect(
      scores({
        ...GROIN,
        onset: "sudden_injury",
        mechanism: ["sprinting"],
        activities: ["hockey"],
        symptoms: ["bruising"],
      }),
    ).toEqual([["adductor_strain", 1]]);
  });
  it("lists the sport and the mechanism the patient gave, not every one the criterion allows", () => {
    const [strain] = suspected({
      ...GROIN,
      onset: "sudden_injury",
      mechanism: ["sprinting", "kicking"],
      activities: ["hockey", "running"],
      symptoms: ["bruising"],
    });
    expect(strain).toEqual({
      condition: "adductor_strain",
      score: 1,
      reasons: ["Kicking and sprinting mechanism", "Hockey", "Bruising"],
    });
  });
  it("needs a sudden injury", () => {
    expect(
      scores({ ...GROIN, onset: "unsure", activities: ["hockey"], symptoms: ["bruising"] }).map(([c]) => c),
    ).not.toContain("adductor_strain");
  });
});

describe("adductor_tendinopathy", () => {
  it("scores 1 for a footballer whose training jumped, groin sore during runs", () => {
    expect(
      scores({
        ...GROIN,
        onset: "gradual",
        activities: ["football"],
        training_increase: true,
        pain_pattern: ["during_running"],
      }),
    ).toEqual([["adductor_tendinopathy", 1]]);
  });
  it("needs a gradual onset (not unsure)", () => {
    expect(
      scores({
        ...GROIN,
        onset: "unsure",
        activities: ["football"],
        training_increase: true,
        pain_pattern: ["during_running"],
      }),
    ).toEqual([]);
  });
});

describe("gluteal_tendinopathy", () => {
  it("scores 1 at 52 with outer hip pain lying on that side and on stairs", () => {
    expect(
      scores({
        age: 52,
        region: "hip_groin",
        hip_area: ["outside"],
        onset: "gradual",
        pain_pattern: ["lying_on_side", "stairs"],
      }),
    ).toEqual([["gluteal_tendinopathy", 1]]);
  });
  it("scores 0.5 at 39 with a gradual onset and side-lying pain only", () => {
    expect(
      scores({
        age: 39,
        region: "hip_groin",
        hip_area: ["outside"],
        onset: "gradual",
        pain_pattern: ["lying_on_side"],
      }),
    ).toEqual([["gluteal_tendinopathy", 0.5]]);
  });
});

describe("plantar_fasciitis", () => {
  const story = {
    age: 45,
    region: "foot_heel",
    foot_area: ["heel_underside"],
    onset: "gradual",
    activities: ["running"],
    pain_pattern: ["first_steps_morning", "eases_with_movement", "after_sitting"],
  } as const;
  it("scores 1 for the classic story", () => expect(scores(story)).toEqual([["plantar_fasciitis", 1]]));
  it("rounds 5 of 6 to 0.83 and 4 of 6 to 0.67", () => {
    expect(scores({ ...story, age: 35 })).toEqual([["plantar_fasciitis", 0.83]]);
    expect(scores({ ...story, age: 61, activities: [] })).toEqual([["plantar_fasciitis", 0.67]]);
  });
  it("needs pain under the heel", () => expect(scores({ ...story, foot_area: ["arch"] })).toEqual([]));
});

describe("achilles_tendinopathy", () => {
  it("scores 1 for a runner with a stiff back of heel after a training jump", () => {
    expect(
      scores({
        region: "foot_heel",
        foot_area: ["back_of_heel"],
        onset: "gradual",
        activities: ["running"],
        symptoms: ["stiffness"],
        training_increase: true,
      }),
    ).toEqual([["achilles_tendinopathy", 1]]);
  });
  it("needs back-of-heel pain", () => {
    expect(
      scores({
        region: "foot_heel",
        foot_area: ["top_of_foot"],
        onset: "gradual",
        activities: ["running"],
        symptoms: ["stiffness"],
        training_increase: true,
      }),
    ).toEqual([]);
  });
});

describe("axial_spondyloarthritis", () => {
  const story = {
    age: 28,
    region: "lower_back",
    duration: "over_12_weeks",
    onset: "gradual",
    pain_pattern: ["at_night", "eases_with_movement"],
    symptoms: ["stiffness"],
  } as const;
  it("scores 1 at 28 with night pain, stiffness, easing with movement, for over 12 weeks", () => {
    expect(scores(story)).toEqual([["axial_spondyloarthritis", 1]]);
  });
  it("scores 0.75 at 40", () => expect(scores({ ...story, age: 40 })).toEqual([["axial_spondyloarthritis", 0.75]]));
  it("needs age under 45 and over 12 weeks", () => {
    expect(scores({ ...story, age: 45 })).toEqual([]);
    expect(scores({ ...story, duration: "6_12_weeks" })).toEqual([]);
  });
});

describe("condition table", () => {
  it("lists the spec's 14 conditions in order, each criterion with a reason", () => {
    expect(CONDITION_PATTERNS.map((p) => p.condition)).toEqual([
      "patellofemoral_pain",
      "mcl_injury",
      "medial_knee_overuse",
      "acl_injury",
      "meniscal_injury",
      "itb_syndrome",
      "knee_osteoarthritis",
      "hip_impingement_fai",
      "adductor_strain",
      "adductor_tendinopathy",
      "gluteal_tendinopathy",
      "plantar_fasciitis",
      "achilles_tendinopathy",
      "axial_spondyloarthritis",
    ]);
    expect(CONDITION_PATTERNS.map((p) => p.criteria.length)).toEqual([5, 4, 3, 3, 4, 4, 4, 5, 3, 3, 4, 6, 4, 4]);
    for (const p of CONDITION_PATTERNS)
      for (const c of p.criteria) expect(c.reason.length, p.condition).toBeGreaterThan(3);
  });
});
