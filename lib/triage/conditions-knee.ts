import type { ConditionPattern } from "./conditions";
import {
  answerIs,
  ageFrom,
  because,
  becauseAnyOf,
  durationIs,
  includes,
  onsetIs,
  onsetNot,
  regionIs,
  trainingIncrease,
} from "./pattern-checks";

export const KNEE_PATTERNS = [
  {
    condition: "patellofemoral_pain",
    name: "Patellofemoral pain (runner's knee)",
    requires: [regionIs("knee"), includes("knee_area", "front")],
    criteria: [
      because(onsetIs("gradual"), "Gradual onset"),
      becauseAnyOf(
        "pain_pattern",
        { stairs: "stairs", squatting_kneeling: "squatting/kneeling" },
        "Pain on {} (patellofemoral loading)",
      ),
      because(includes("pain_pattern", "after_sitting"), "Pain on rising after sitting"),
      because(includes("activities", "running"), "Runner"),
      because(includes("symptoms", "clicking_grinding"), "Clicking or crepitus"),
    ],
  },
  {
    condition: "mcl_injury",
    name: "Medial collateral ligament (MCL) injury",
    requires: [regionIs("knee"), includes("knee_area", "inside"), onsetIs("sudden_injury")],
    criteria: [
      because(answerIs("blow_side", "outside_of_knee"), "Direct blow to the lateral knee (valgus mechanism)"),
      becauseAnyOf("mechanism", { twisting: "twisting", change_of_direction: "change-of-direction" }, "{} mechanism"),
      because(includes("symptoms", "swelling"), "Swelling"),
      because(includes("symptoms", "giving_way"), "Giving way"),
    ],
  },
  {
    condition: "medial_knee_overuse",
    name: "Medial knee overuse (e.g. pes anserine tendinopathy or bursitis)",
    requires: [regionIs("knee"), includes("knee_area", "inside"), onsetNot("sudden_injury")],
    criteria: [
      because(includes("activities", "running"), "Runner"),
      because(includes("pain_pattern", "stairs"), "Pain on stairs"),
      because(trainingIncrease, "Recent training load spike"),
    ],
  },
  {
    condition: "acl_injury",
    name: "Anterior cruciate ligament (ACL) injury",
    requires: [regionIs("knee"), onsetIs("sudden_injury")],
    criteria: [
      becauseAnyOf(
        "mechanism",
        { twisting: "pivoting", landing: "landing", change_of_direction: "cutting" },
        "{} mechanism",
      ),
      because(answerIs("swelling_speed", "within_2_hours"), "Swelling within 2 hours (haemarthrosis)"),
      because(includes("symptoms", "giving_way"), "Giving way"),
    ],
  },
  {
    condition: "meniscal_injury",
    name: "Meniscal injury",
    requires: [regionIs("knee"), onsetIs("sudden_injury")],
    criteria: [
      because(includes("mechanism", "twisting"), "Twisting mechanism"),
      becauseAnyOf("symptoms", { locking: "locking", catching: "catching" }, "{}"),
      because(answerIs("swelling_speed", "within_24_hours"), "Swelling developing over 2 to 24 hours"),
      because(includes("pain_pattern", "squatting_kneeling"), "Pain on squatting/kneeling (deep flexion)"),
    ],
  },
  {
    condition: "itb_syndrome",
    name: "Iliotibial band syndrome",
    requires: [regionIs("knee"), includes("knee_area", "outside")],
    criteria: [
      because(onsetIs("gradual"), "Gradual onset"),
      because(includes("activities", "running"), "Runner"),
      because(includes("pain_pattern", "during_running"), "Pain during running"),
      because(trainingIncrease, "Recent training load spike"),
    ],
  },
  {
    condition: "knee_osteoarthritis",
    name: "Knee osteoarthritis",
    requires: [regionIs("knee"), ageFrom(45)],
    criteria: [
      because(onsetNot("sudden_injury"), "Non-traumatic onset"),
      becauseAnyOf(
        "pain_pattern",
        { stairs: "stairs", squatting_kneeling: "squatting/kneeling", during_running: "running" },
        "Activity-related pain ({})",
      ),
      because(durationIs("over_12_weeks"), "Persistent, over 12 weeks"),
      because(includes("symptoms", "clicking_grinding"), "Crepitus"),
    ],
  },
] as const satisfies readonly ConditionPattern[];
