import type { ConditionPattern } from "./conditions";
import {
  ageFrom,
  ageUnder,
  because,
  durationIs,
  includes,
  onsetIs,
  onsetNot,
  regionIs,
  trainingIncrease,
} from "./pattern-checks";

export const OTHER_PATTERNS = [
  {
    condition: "hip_impingement_fai",
    name: "Femoroacetabular impingement (FAI)",
    requires: [regionIs("hip_groin"), includes("hip_area", "groin_front")],
    criteria: [
      because(onsetNot("sudden_injury"), "Non-traumatic onset"),
      because(
        includes("symptoms", "clicking_grinding", "catching", "locking"),
        "Mechanical symptoms (clicking, catching or locking)",
      ),
      because(includes("pain_pattern", "after_sitting"), "Pain after sitting (sustained flexion)"),
      because(includes("activities", "football", "hockey", "racket_sports"), "Football, hockey or racket sports"),
      because(includes("symptoms", "stiffness"), "Stiffness"),
    ],
  },
  {
    condition: "adductor_strain",
    name: "Acute adductor strain",
    requires: [regionIs("hip_groin"), includes("hip_area", "groin_front"), onsetIs("sudden_injury")],
    criteria: [
      because(
        includes("mechanism", "kicking", "change_of_direction", "sprinting"),
        "Kicking, cutting or sprinting mechanism",
      ),
      because(includes("activities", "football", "hockey"), "Football or hockey"),
      because(includes("symptoms", "bruising"), "Bruising"),
    ],
  },
  {
    condition: "adductor_tendinopathy",
    name: "Adductor-related groin pain (tendinopathy)",
    requires: [regionIs("hip_groin"), includes("hip_area", "groin_front"), onsetIs("gradual")],
    criteria: [
      because(includes("activities", "football", "hockey"), "Football or hockey"),
      because(trainingIncrease, "Recent training load spike"),
      because(includes("pain_pattern", "during_running", "after_running"), "Pain during or after running"),
    ],
  },
  {
    condition: "gluteal_tendinopathy",
    name: "Gluteal tendinopathy (greater trochanteric pain)",
    requires: [regionIs("hip_groin"), includes("hip_area", "outside")],
    criteria: [
      because(includes("pain_pattern", "lying_on_side"), "Pain lying on the affected side"),
      because(onsetIs("gradual"), "Gradual onset"),
      because(includes("pain_pattern", "stairs"), "Pain on stairs"),
      because(ageFrom(40), "Age 40 or over"),
    ],
  },
  {
    condition: "plantar_fasciitis",
    name: "Plantar heel pain (plantar fasciitis)",
    requires: [regionIs("foot_heel"), includes("foot_area", "heel_underside")],
    criteria: [
      because(includes("pain_pattern", "first_steps_morning"), "First-step pain in the morning"),
      because(includes("pain_pattern", "eases_with_movement"), "Eases with movement"),
      because(includes("pain_pattern", "after_sitting"), "Pain on rising after sitting"),
      because(includes("activities", "running"), "Runner"),
      because(ageFrom(40, 60), "Age 40 to 60"),
      because(onsetIs("gradual"), "Gradual onset"),
    ],
  },
  {
    condition: "achilles_tendinopathy",
    name: "Achilles tendinopathy",
    requires: [regionIs("foot_heel"), includes("foot_area", "back_of_heel")],
    criteria: [
      because(onsetIs("gradual"), "Gradual onset"),
      because(includes("activities", "running"), "Runner"),
      because(includes("symptoms", "stiffness"), "Stiffness"),
      because(trainingIncrease, "Recent training load spike"),
    ],
  },
  {
    condition: "axial_spondyloarthritis",
    name: "Axial spondyloarthritis (inflammatory back pain)",
    requires: [regionIs("lower_back"), ageUnder(45), durationIs("over_12_weeks")],
    criteria: [
      because(ageUnder(35), "Age under 35"),
      because(includes("pain_pattern", "at_night"), "Night pain"),
      because(includes("pain_pattern", "eases_with_movement"), "Improves with movement"),
      because(includes("symptoms", "stiffness"), "Stiffness"),
    ],
  },
] as const satisfies readonly ConditionPattern[];
