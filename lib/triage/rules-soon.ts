import {
  ageBetween,
  caudaEquinaFeatures,
  has,
  isNot,
  list,
  lockedAcuteKnee,
  oneOf,
  restOrNightPain,
  yes,
} from "./facts";
import type { TriageFacts } from "./facts";
import type { RuleDef } from "./rule-types";

// Soon: see a clinician within 72 hours.

function seriousPathologyFeatures(f: TriageFacts): string[] {
  const a = f.answers;
  const cancerCounts = yes(a.cancer_history) && (ageBetween(f, 50, Infinity) || a.region === "lower_back");
  return [
    yes(a.weight_loss) ? "unexplained weight loss" : undefined,
    yes(a.night_pain) ? "night pain unrelieved by position" : undefined,
    cancerCounts
      ? `history of cancer (${a.region === "lower_back" ? "with low back pain" : `age ${f.age}`})`
      : undefined,
  ].filter((s) => s !== undefined);
}

const REGION_WORDS = {
  knee: "knee",
  hip_groin: "hip/groin",
  foot_heel: "foot/heel",
  ankle: "ankle",
  lower_leg: "lower leg",
  thigh: "thigh",
  lower_back: "low back",
  other: "other site",
} as const;

export const SOON_RULES = [
  {
    id: "S1",
    level: "soon",
    describe:
      "`onset` is `sudden_injury` and `swelling_speed` is `within_2_hours` (rapid swelling: possible ligament tear or bleed in the joint)",
    when: (f) => f.answers.onset === "sudden_injury" && f.answers.swelling_speed === "within_2_hours",
    patientReason: "It swelled up within 2 hours of the injury",
    clinicianReason:
      "Swelling within 2 hours of injury: suggests haemarthrosis (ACL tear, osteochondral fracture, patellar dislocation). Assess within 72 hours.",
  },
  {
    id: "S2",
    level: "soon",
    describe: "`onset` is `sudden_injury` and `symptoms` includes `giving_way`",
    when: (f) => f.answers.onset === "sudden_injury" && has(f.answers.symptoms, "giving_way"),
    patientReason: "It has given way under you since the injury",
    clinicianReason: "Giving way after an acute injury: possible ligamentous instability. Assess within 72 hours.",
  },
  {
    id: "S3",
    level: "soon",
    describe: "`pain_worst` is 8 or more",
    when: (f) => f.answers.pain_worst >= 8,
    patientReason: "Very bad pain, 8 out of 10 or more",
    clinicianReason: {
      describe: "Severe pain (gives the worst score): assess within 72 hours and review analgesia.",
      of: (f) =>
        `Severe pain: worst ${f.answers.pain_worst}/10 in the last week. Assess within 72 hours; review analgesia.`,
    },
  },
  {
    id: "S4",
    level: "soon",
    describe:
      "`weight_loss` is yes, or `night_pain` is yes, or (`cancer_history` is yes and (age 50 or over or `region` is `lower_back`))",
    when: (f) => seriousPathologyFeatures(f).length > 0,
    patientReason:
      "Some of your answers, like weight loss without trying, pain at night or having had cancer, mean we'd like to see you soon",
    clinicianReason: {
      describe:
        "Names the serious-pathology features reported and tells the therapist to consider a GP review for serious pathology.",
      of: (f) =>
        `Possible serious pathology features: ${list(seriousPathologyFeatures(f))}. Consider a GP review for serious pathology.`,
    },
  },
  {
    id: "S5",
    level: "soon",
    describe: "`numb_tingling_leg` is yes and E3 did not fire",
    when: (f) => yes(f.answers.numb_tingling_leg) && caudaEquinaFeatures(f).length === 0,
    patientReason: "Numbness, pins and needles or weakness spreading down your leg",
    clinicianReason:
      "Radiating numbness, paraesthesia or weakness without cauda equina features: possible radiculopathy. Neurological examination within 72 hours; safety-net for saddle, sphincter or bilateral symptoms.",
  },
  {
    id: "S6",
    level: "soon",
    describe: "`diabetes` is yes and `region` is `foot_heel` or `ankle`",
    when: (f) => yes(f.answers.diabetes) && oneOf(f.answers.region, "foot_heel", "ankle"),
    patientReason: "A foot or ankle problem when you have diabetes",
    clinicianReason:
      "Diabetes with a foot/ankle problem: check sensation, circulation and skin (diabetic foot risk, NICE NG19). Assess within 72 hours.",
  },
  {
    id: "S7",
    level: "soon",
    describe:
      "`region` is one of `foot_heel`, `ankle`, `lower_leg`, `thigh`, `onset` is not `sudden_injury`, a bone-loading activity, and (`night_pain` is yes or `pain_pattern` includes `constant_at_rest`) (possible stress fracture)",
    when: (f) =>
      oneOf(f.answers.region, "foot_heel", "ankle", "lower_leg", "thigh") &&
      isNot(f.answers.onset, "sudden_injury") &&
      f.boneLoadingActivity &&
      restOrNightPain(f),
    patientReason: "Pain at night or at rest in your leg or foot while you've been running or training hard",
    patientAdvice: "Cut out running and jumping until you've been checked.",
    clinicianReason: {
      describe:
        "Possible bone stress injury at the named region: offload impact, assess within 72 hours, image if suspected.",
      of: (f) =>
        `Non-traumatic ${REGION_WORDS[f.answers.region]} pain with bone-loading activity and night or rest pain: possible bone stress injury. Offload impact; assess within 72 hours, image if suspected.`,
    },
  },
  {
    id: "S8",
    level: "soon",
    describe:
      "`osteoporosis_or_steroids` is yes, `onset` is `sudden_injury`, `region` is not `hip_groin` (fracture after minor trauma)",
    when: (f) =>
      yes(f.answers.osteoporosis_or_steroids) &&
      f.answers.onset === "sudden_injury" &&
      isNot(f.answers.region, "hip_groin"),
    patientReason: "An injury when you have weak bones or take steroid tablets",
    clinicianReason: {
      describe:
        "Fragility fracture risk after minor trauma at the named region: low threshold for X-ray, assess within 72 hours.",
      of: (f) =>
        `Osteoporosis or long-term oral corticosteroids with an acute ${REGION_WORDS[f.answers.region]} injury: fragility fracture risk. Low threshold for X-ray; assess within 72 hours.`,
    },
  },
  {
    id: "S9",
    level: "soon",
    describe:
      "`region` is `knee`, `symptoms` includes `locking`, and U4 did not fire (locking that is not from a fresh injury)",
    when: (f) => f.answers.region === "knee" && has(f.answers.symptoms, "locking") && !lockedAcuteKnee(f),
    patientReason: "Your knee gets stuck and won't straighten",
    clinicianReason:
      "Knee locking outside an acute injury: possible meniscal tear or loose body. Assess within 72 hours.",
  },
  {
    id: "S10",
    level: "soon",
    describe:
      "age 5 to 7 and `limp` is yes (a limping young child: Perthes disease or another hip problem; U7 covers ages 8 to 16)",
    when: (f) => ageBetween(f, 5, 7) && yes(f.answers.limp),
    patientReason: "A limp in a young child",
    clinicianReason: {
      describe:
        "Limping child aged 5 to 7: consider Perthes disease, transient synovitis or other hip pathology; assess within days.",
      of: (f) =>
        `Limp at age ${f.age}: consider Perthes disease, transient synovitis or other hip pathology. Assess within 72 hours; escalate if febrile or unable to bear weight.`,
    },
  },
] as const satisfies readonly RuleDef[];
