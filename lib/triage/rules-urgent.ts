import {
  ageBetween,
  has,
  isNot,
  list,
  lockedAcuteKnee,
  no,
  oneOf,
  ottawaItems,
  ottawaPositive,
  restOrNightPain,
  yes,
} from "./facts";
import type { TriageFacts } from "./facts";
import { reported } from "./patient-words";
import type { RuleDef } from "./rule-types";

// Urgent: same-day medical assessment (GP, urgent treatment centre, minor injuries
// unit) before physiotherapy.

const CLOT_RISK_WORDS = {
  surgery_last_12_weeks: "surgery within 12 weeks",
  long_journey_last_4_weeks: "long journey within 4 weeks",
  cast_or_bed_rest: "immobilisation (cast or bed rest)",
  previous_clot: "previous DVT/PE",
  active_cancer: "active cancer",
} as const;

function hipStressSigns(f: TriageFacts): string[] {
  const a = f.answers;
  return [
    yes(a.hop_pain) ? "pain on hopping (or unable to hop)" : undefined,
    yes(a.night_pain) ? "night pain" : undefined,
    has(a.pain_pattern, "constant_at_rest") ? "constant pain at rest" : undefined,
  ].filter((s) => s !== undefined);
}

/** When the hip hurts, in the patient's words (U5). */
function hipPainTimes(f: TriageFacts): (string | false)[] {
  const a = f.answers;
  return [
    yes(a.hop_pain) && "when you hop",
    yes(a.night_pain) && "at night",
    has(a.pain_pattern, "constant_at_rest") && "at rest",
  ];
}

function spinalSigns(f: TriageFacts): string[] {
  const a = f.answers;
  return [
    yes(a.night_pain) ? "night pain" : undefined,
    has(a.pain_pattern, "constant_at_rest") ? "constant pain at rest" : undefined,
    yes(a.numb_tingling_leg) ? "radiating leg numbness, paraesthesia or weakness" : undefined,
  ].filter((s) => s !== undefined);
}

export const URGENT_RULES = [
  {
    id: "U1",
    level: "urgent",
    describe:
      "acute knee injury and any Ottawa Knee Rule item: age 55 or over; `bone_tender_spot` is `kneecap` or `outside_below_knee`; `can_bend_knee_90` is no; `can_walk_4_steps` is no (`not_sure` meets no item)",
    when: ottawaPositive,
    patientReason: "Your recent knee injury needs checking today, and it may need an X-ray",
    clinicianReason: {
      describe:
        "Lists the Ottawa items met (self-reported, confirm on examination); says the bony tenderness item is unknown when the patient was not sure.",
      of: (f) =>
        `Acute knee injury (under 2 weeks) with Ottawa Knee Rule item(s): ${list(ottawaItems(f))}. Same-day X-ray; self-reported, confirm on examination.` +
        (f.answers.bone_tender_spot === "not_sure" ? " Bony tenderness item unknown (patient not sure)." : ""),
    },
  },
  {
    id: "U2",
    level: "urgent",
    describe: "`can_walk_4_steps` is no and U1 did not fire (cannot bear weight, whatever the onset)",
    when: (f) => no(f.answers.can_walk_4_steps) && !ottawaPositive(f),
    patientReason: "You can't take 4 steps on your leg right now",
    clinicianReason:
      "Unable to weight-bear 4 steps now: same-day medical assessment to exclude fracture or other serious injury.",
  },
  {
    id: "U3",
    level: "urgent",
    describe: "`calf_swelling_redness` is yes (possible DVT); the reason names any `clot_risk`",
    when: (f) => yes(f.answers.calf_swelling_redness),
    patientReason: "A painful calf or thigh on one side that is swollen, warm, or red or darker",
    clinicianReason: {
      describe:
        "Possible DVT: same-day assessment (Wells score, D-dimer or ultrasound); names each clot risk reported, or says none was.",
      of: (f) => {
        const risks = (f.answers.clot_risk ?? []).map((code) => CLOT_RISK_WORDS[code]);
        return `Unilateral painful calf/thigh with swelling, warmth or discolouration: possible DVT. Same-day assessment (Wells score, D-dimer or ultrasound). ${
          risks.length > 0 ? `Clot risk factors: ${list(risks)}.` : "No clot risk factors reported."
        }`;
      },
    },
  },
  {
    id: "U4",
    level: "urgent",
    describe: "acute knee injury and `symptoms` includes `locking` (locked knee)",
    when: lockedAcuteKnee,
    patientReason: "Your knee gets stuck and won't straighten after a recent injury",
    clinicianReason:
      "Acute knee injury with true locking (block to extension): possible displaced (bucket-handle) meniscal tear. Same-day assessment; urgent orthopaedic referral.",
  },
  {
    id: "U5",
    level: "urgent",
    describe:
      "`region` is `hip_groin`, `onset` is not `sudden_injury`, a bone-loading activity, and (`hop_pain` is yes or `night_pain` is yes or `pain_pattern` includes `constant_at_rest`) (possible femoral neck stress fracture)",
    when: (f) =>
      f.answers.region === "hip_groin" &&
      isNot(f.answers.onset, "sudden_injury") &&
      f.boneLoadingActivity &&
      (yes(f.answers.hop_pain) || restOrNightPain(f)),
    patientReason: {
      general: "Groin or hip pain when you hop, at night or at rest, while you've been running or training hard",
      describe:
        "Names only the times of pain reported (when you hop, at night, at rest) and the activities (running, dancing, training hard).",
      of: (f) =>
        `Groin or hip pain ${reported(hipPainTimes(f))}, while you've been ${reported([
          has(f.answers.activities, "running") && "running",
          has(f.answers.activities, "dance") && "dancing",
          yes(f.answers.training_increase) && "training hard",
        ])}`,
    },
    patientAdvice: "Stop running and jumping until you've been checked.",
    clinicianReason: {
      describe:
        "Possible femoral neck stress fracture: stop running, same-day X-ray (MRI if negative); names the features reported.",
      of: (f) =>
        `Non-traumatic hip/groin pain with bone-loading activity and ${list(hipStressSigns(f))}: possible femoral neck stress fracture. Stop running; same-day assessment and X-ray (MRI if X-ray negative).`,
    },
  },
  {
    id: "U6",
    level: "urgent",
    describe: "exactly one of `fever_unwell`, `hot_red_swollen_joint` is yes (E2 covers both)",
    when: (f) => yes(f.answers.fever_unwell) !== yes(f.answers.hot_red_swollen_joint),
    patientReason: {
      general: "A fever, or a hot, swollen joint",
      describe: "Says which was answered yes: a fever (or feeling hot, shivery and unwell), or a hot, swollen joint.",
      of: (f) =>
        yes(f.answers.fever_unwell)
          ? "A fever, or feeling hot, shivery and unwell"
          : "A painful joint that is hot and swollen, or a different colour",
    },
    clinicianReason: {
      describe:
        "Says which: fever without a hot joint (systemic infection, including early septic arthritis or osteomyelitis), or a hot swollen joint without fever (septic arthritis can be afebrile; also crystal or inflammatory arthritis).",
      of: (f) =>
        yes(f.answers.fever_unwell)
          ? "Fever or systemic upset without a hot, swollen joint: same-day medical review for infection (including early septic arthritis or osteomyelitis)."
          : "Hot, swollen joint or skin colour change without fever: same-day review; septic arthritis can be afebrile (also consider crystal or inflammatory arthritis).",
    },
  },
  {
    id: "U7",
    level: "urgent",
    describe: "age 8 to 16 and `limp` is yes (possible slipped upper femoral epiphysis)",
    when: (f) => ageBetween(f, 8, 16) && yes(f.answers.limp),
    patientReason: {
      general: "A limp in a child or teenager, which needs checking the same day",
      describe: "A child (up to 12) or a teenager (13 to 16), from the age.",
      of: (f) =>
        `A limp in a ${f.age !== undefined && f.age >= 13 ? "teenager" : "child"}, which needs checking the same day`,
    },
    patientAdvice: "No sport, and walk as little as possible, until you've been checked.",
    clinicianReason: {
      describe:
        "Possible SUFE at the patient's age: no sport, same-day X-ray of both hips (AP and frog-leg lateral); knee or thigh pain may be referred from the hip.",
      of: (f) =>
        `Limp at age ${f.age}: possible slipped upper femoral epiphysis (SUFE). No sport; same-day X-ray of both hips (AP and frog-leg lateral). Knee or thigh pain may be referred from the hip.`,
    },
  },
  {
    id: "U8",
    level: "urgent",
    describe: "`snap_back_of_leg` is yes (possible Achilles rupture)",
    when: (f) => yes(f.answers.snap_back_of_leg),
    patientReason: "A snap, or a feeling of being kicked, at the back of your ankle or calf",
    clinicianReason:
      "Snap or 'kicked' sensation at the posterior ankle/calf: possible Achilles tendon rupture. Same-day assessment (Simmonds–Thompson test); immobilise in equinus if confirmed.",
  },
  {
    id: "U9",
    level: "urgent",
    describe: "`can_straight_leg_raise` is no (possible quadriceps or patellar tendon rupture)",
    when: (f) => no(f.answers.can_straight_leg_raise),
    patientReason: "You can't lift your leg while keeping it straight",
    clinicianReason:
      "Unable to perform an active straight-leg raise after injury: possible quadriceps or patellar tendon rupture (extensor mechanism). Same-day assessment.",
  },
  {
    id: "U10",
    level: "urgent",
    describe:
      "`cancer_history` is yes, `region` is `lower_back`, and (`night_pain` is yes or `pain_pattern` includes `constant_at_rest` or `numb_tingling_leg` is yes) (possible spinal metastasis)",
    when: (f) =>
      yes(f.answers.cancer_history) &&
      f.answers.region === "lower_back" &&
      (restOrNightPain(f) || yes(f.answers.numb_tingling_leg)),
    patientReason: {
      general: "Back pain at night, at rest or with numbness down your leg, when you've had cancer before",
      describe: "Names only what was reported: pain at night, at rest, or numbness down the leg.",
      of: (f) =>
        `Back pain ${reported([
          yes(f.answers.night_pain) && "at night",
          has(f.answers.pain_pattern, "constant_at_rest") && "at rest",
          yes(f.answers.numb_tingling_leg) && "with numbness down your leg",
        ])}, when you've had cancer before`,
    },
    clinicianReason: {
      describe:
        "Possible spinal metastasis: same-day medical assessment along the metastatic spinal cord compression pathway (NICE); names the features reported.",
      of: (f) =>
        `History of cancer with low back pain and ${list(spinalSigns(f))}: possible spinal metastasis. Same-day medical assessment; follow the metastatic spinal cord compression pathway (NICE), MRI.`,
    },
  },
  {
    id: "U11",
    level: "urgent",
    describe:
      "`diabetes` is yes, `region` is `foot_heel` or `ankle`, and (`symptoms` includes `swelling` or `hot_red_swollen_joint` is yes) (possible Charcot foot or infection)",
    when: (f) =>
      yes(f.answers.diabetes) &&
      oneOf(f.answers.region, "foot_heel", "ankle") &&
      (has(f.answers.symptoms, "swelling") || yes(f.answers.hot_red_swollen_joint)),
    patientReason: {
      general: "A swollen or hot foot or ankle when you have diabetes",
      describe: "Names only what was reported (swollen, hot) and the place (foot or ankle).",
      of: (f) =>
        `A ${reported([
          has(f.answers.symptoms, "swelling") && "swollen",
          yes(f.answers.hot_red_swollen_joint) && "hot",
        ])} ${f.answers.region === "ankle" ? "ankle" : "foot"} when you have diabetes`,
    },
    clinicianReason:
      "Diabetes with a swollen or hot foot/ankle: possible active Charcot neuroarthropathy or diabetic foot infection. Same-day assessment; offload and refer to the multidisciplinary foot service (NICE NG19).",
  },
  {
    id: "U12",
    level: "urgent",
    describe:
      "`osteoporosis_or_steroids` is yes, `onset` is `sudden_injury`, `region` is `hip_groin` (possible hip fracture even when walking)",
    when: (f) =>
      yes(f.answers.osteoporosis_or_steroids) &&
      f.answers.onset === "sudden_injury" &&
      f.answers.region === "hip_groin",
    patientReason: "A hip or groin injury when you have weak bones or take steroid tablets",
    clinicianReason:
      "Osteoporosis or long-term oral corticosteroids with an acute hip/groin injury: possible (impacted) hip fracture even if weight-bearing. Same-day X-ray.",
  },
] as const satisfies readonly RuleDef[];
