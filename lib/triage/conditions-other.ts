import type { ConditionPattern } from "./conditions";
import {
  ageFrom,
  ageUnder,
  because,
  becauseAnyOf,
  durationIs,
  includes,
  onsetIs,
  onsetNot,
  regionIs,
  trainingIncrease,
} from "./pattern-checks";

const FOOTBALL_OR_HOCKEY = { football: "football", hockey: "hockey" } as const;

export const OTHER_PATTERNS = [
  {
    condition: "hip_impingement_fai",
    name: "Femoroacetabular impingement (FAI)",
    requires: [regionIs("hip_groin"), includes("hip_area", "groin_front")],
    criteria: [
      because(onsetNot("sudden_injury"), "Non-traumatic onset"),
      becauseAnyOf(
        "symptoms",
        { clicking_grinding: "clicking", catching: "catching", locking: "locking" },
        "Mechanical symptoms ({})",
      ),
      because(includes("pain_pattern", "after_sitting"), "Pain after sitting (sustained flexion)"),
      becauseAnyOf("activities", { football: "football", hockey: "hockey", racket_sports: "racket sports" }, "{}"),
      because(includes("symptoms", "stiffness"), "Stiffness"),
    ],
  },
  {
    condition: "adductor_strain",
    name: "Acute adductor strain",
    requires: [regionIs("hip_groin"), includes("hip_area", "groin_front"), onsetIs("sudden_injury")],
    criteria: [
      becauseAnyOf(
        "mechanism",
        { kicking: "kicking", change_of_direction: "cutting", sprinting: "sprinting" },
        "{} mechanism",
      ),
      becauseAnyOf("activities", FOOTBALL_OR_HOCKEY, "{}"),
      because(includes("symptoms", "bruising"), "Bruising"),
    ],
  },
  {
    condition: "adductor_tendinopathy",
    name: "Adductor-related groin pain (tendinopathy)",
    requires: [regionIs("hip_groin"), includes("hip_area", "groin_front"), onsetIs("gradual")],
    criteria: [
      becauseAnyOf("activities", FOOTBALL_OR_HOCKEY, "{}"),
      because(trainingIncrease, "Recent training load spike"),
      becauseAnyOf("pain_pattern", { during_running: "during", after_running: "after" }, "Pain {} running"),
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
