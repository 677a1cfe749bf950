import { caudaEquinaFeatures, list, yes } from "./facts";
import { sentence } from "./patient-words";
import type { RuleDef } from "./rule-types";

// Emergency: tell the patient now to call 999 or go to A&E; do not wait for the
// appointment. The patient reasons double as the booking page's safety screen, so
// each is a short statement a patient can recognise in a list.

export const EMERGENCY_RULES = [
  {
    id: "E1",
    level: "emergency",
    describe: "`chest_pain_breathless` is yes",
    when: (f) => yes(f.answers.chest_pain_breathless),
    patientReason: "New chest pain or breathlessness, or coughing up blood",
    clinicianReason: {
      describe:
        "New chest pain, dyspnoea or haemoptysis: possible PE or acute cardiac event; adds a note when a painful swollen leg on one side (DVT features) is also reported.",
      of: (f) =>
        "New chest pain, dyspnoea or haemoptysis: possible PE or acute cardiac event. Direct to 999/ED now." +
        (yes(f.answers.calf_swelling_redness)
          ? " Unilateral painful swollen leg also reported (DVT features): PE more likely."
          : ""),
    },
  },
  {
    id: "E2",
    level: "emergency",
    describe: "`fever_unwell` is yes and `hot_red_swollen_joint` is yes (possible joint infection)",
    when: (f) => yes(f.answers.fever_unwell) && yes(f.answers.hot_red_swollen_joint),
    patientReason: "A fever with a hot, swollen joint",
    clinicianReason:
      "Fever or systemic upset with a hot, swollen joint: possible septic arthritis. ED now for aspiration and bloods; do not wait for physiotherapy.",
  },
  {
    id: "E3",
    level: "emergency",
    describe: "`saddle_numbness`, `bladder_bowel_change` or `both_legs` is yes (possible cauda equina syndrome)",
    when: (f) => caudaEquinaFeatures(f).length > 0,
    patientReason: {
      general:
        "Numbness around your bottom or genitals, new problems peeing or pooing, or numbness or weakness in both legs",
      describe:
        "Names only the features answered yes: numbness around the bottom or genitals; new problems peeing or pooing; numbness or weakness in both legs.",
      of: (f) =>
        sentence([
          yes(f.answers.saddle_numbness) && "numbness around your bottom or genitals",
          yes(f.answers.bladder_bowel_change) && "new problems peeing or pooing",
          yes(f.answers.both_legs) && "numbness or weakness in both legs",
        ]),
    },
    clinicianReason: {
      describe:
        "Possible cauda equina syndrome, naming each feature reported (saddle anaesthesia, sphincter dysfunction, bilateral leg symptoms).",
      of: (f) =>
        `Possible cauda equina syndrome: ${list(caudaEquinaFeatures(f))}. ED now for emergency MRI; do not wait for physiotherapy.`,
    },
  },
  {
    id: "E4",
    level: "emergency",
    describe: "`deformity` is yes (possible fracture or dislocation)",
    when: (f) => yes(f.answers.deformity),
    patientReason: "A leg, knee, ankle or foot that looks out of shape after an injury",
    clinicianReason:
      "New deformity after injury: possible fracture or dislocation. ED now for X-ray and reduction; immobilise.",
  },
  {
    id: "E5",
    level: "emergency",
    describe: "`cold_pale_numb_foot` or `pain_escalating_tight` is yes (blood supply or compartment syndrome)",
    when: (f) => yes(f.answers.cold_pale_numb_foot) || yes(f.answers.pain_escalating_tight),
    patientReason: {
      general: "A cold, pale or numb foot, or pain that keeps getting worse in a tight, hard muscle",
      describe:
        "Names only what was answered yes: a cold, pale or numb foot; pain that keeps getting worse in a tight, hard muscle.",
      of: (f) =>
        sentence([
          yes(f.answers.cold_pale_numb_foot) && "a cold, pale or numb foot",
          yes(f.answers.pain_escalating_tight) && "pain that keeps getting worse in a tight, hard muscle",
        ]),
    },
    clinicianReason: {
      describe:
        "Names the feature(s): cold, pale or numb foot (possible vascular compromise); escalating pain with a tense compartment (possible acute compartment syndrome).",
      of: (f) =>
        [
          yes(f.answers.cold_pale_numb_foot)
            ? "Cold, pale/blue or numb foot since injury: possible vascular compromise."
            : "",
          yes(f.answers.pain_escalating_tight)
            ? "Escalating pain, poor analgesic response and a tense muscle: possible acute compartment syndrome."
            : "",
          "ED now.",
        ]
          .filter(Boolean)
          .join(" "),
    },
  },
] as const satisfies readonly RuleDef[];
