import type { Condition, QuestionDef, Wording } from "../question-types";

// Section F, part 1: weight bearing and the questions asked after a sudden injury.
// Together with safety-general.ts this keeps the spec's table order.

const SUDDEN: Condition = { q: "onset", eq: "sudden_injury" };
const KNEE_INJURY: Condition = { all: [{ q: "region", eq: "knee" }, SUDDEN] };

// Weight bearing, asked of a patient whose problem is not in a leg.
const WALK_4_STEPS = {
  text: "Right now, can you walk 4 steps?",
  error: "Answer yes or no: can you walk 4 steps right now?",
} as const satisfies Wording;

export const SAFETY_INJURY = [
  {
    id: "can_walk_4_steps",
    section: "F",
    type: "bool",
    required: true,
    text: "Right now, can you take 4 steps on your leg?",
    hint: "Answer yes even if you limp.",
    clinician: "Can weight-bear 4 steps now (limping counts as yes)",
    error: "Answer yes or no: can you take 4 steps on your leg right now?",
    wordingByRegion: { lower_back: WALK_4_STEPS, other: WALK_4_STEPS },
  },
  {
    id: "limp",
    section: "F",
    type: "bool",
    required: true,
    text: "Do you limp, or have you been limping?",
    clinician: "Limp (current or recent)",
    shownWhen: { all: [{ age: { max: 16 } }, { q: "region", in: ["hip_groin", "thigh", "knee"] }] },
    error: "Answer yes or no: do you limp, or have you been limping?",
  },
  {
    id: "can_bend_knee_90",
    section: "F",
    type: "bool",
    required: true,
    text: "Can you bend your knee to a right angle, like when you sit on a chair?",
    clinician: "Can flex knee to 90°",
    shownWhen: KNEE_INJURY,
    error: "Answer yes or no: can you bend your knee to a right angle?",
  },
  {
    id: "bone_tender_spot",
    section: "F",
    type: "choice",
    required: true,
    text: "Press gently on these two bony spots. Does either of them hurt?",
    hint: "The kneecap, and the small bony bump on the outside of your leg, just below the knee.",
    clinician: "Bony tenderness (Ottawa items)",
    note: "Self-report of isolated patellar or fibular head tenderness; the therapist confirms at first contact.",
    options: [
      { code: "kneecap", label: "Yes, pressing on the kneecap hurts", clinician: "Patella" },
      {
        code: "outside_below_knee",
        label: "Yes, pressing on the bump below the knee on the outside hurts",
        clinician: "Fibular head",
      },
      { code: "neither", label: "No, neither spot hurts", clinician: "Neither" },
      { code: "not_sure", label: "I'm not sure", clinician: "Unknown (not sure)" },
    ],
    shownWhen: KNEE_INJURY,
    error: "Choose whether pressing on either bony spot hurts",
  },
  {
    id: "can_straight_leg_raise",
    section: "F",
    type: "bool",
    required: true,
    text: "Lying on your back, can you lift your leg off the bed while keeping it straight?",
    hint: "Don't force it. If you can't lift it at all, answer no.",
    clinician: "Active straight-leg raise possible (extensor mechanism)",
    shownWhen: { all: [SUDDEN, { q: "region", in: ["knee", "thigh"] }] },
    error: "Answer yes or no: can you lift your straight leg off the bed?",
  },
  {
    id: "snap_back_of_leg",
    section: "F",
    type: "bool",
    required: true,
    text: "When it happened, did you feel or hear a snap at the back of your ankle or calf, or feel like someone kicked you there?",
    clinician: "Snap, or 'kicked' sensation, at the back of the ankle or calf",
    shownWhen: { all: [SUDDEN, { q: "region", in: ["ankle", "foot_heel", "lower_leg"] }] },
    error: "Answer yes or no: did you feel a snap or a kick at the back of your ankle or calf?",
  },
  {
    id: "deformity",
    section: "F",
    type: "bool",
    required: true,
    text: "Since this injury, does your leg, knee, ankle or foot look out of shape?",
    hint: "For example bent the wrong way, or a bone or the kneecap out of place.",
    clinician: "New visible deformity since the injury",
    shownWhen: SUDDEN,
    error: "Answer yes or no: does your leg, knee, ankle or foot look out of shape?",
  },
  {
    id: "cold_pale_numb_foot",
    section: "F",
    type: "bool",
    required: true,
    text: "Since the injury, have your foot or toes been cold, pale or blue, or numb?",
    clinician: "Cold, pale or blue, or numb foot or toes since the injury",
    shownWhen: SUDDEN,
    error: "Answer yes or no: has your foot been cold, pale, blue or numb?",
  },
  {
    id: "pain_escalating_tight",
    section: "F",
    type: "bool",
    required: true,
    text: "Is the pain getting worse and worse, painkillers hardly help, and the muscle feels tight or hard?",
    clinician: "Escalating pain, poor analgesic response, tense muscle compartment",
    shownWhen: { all: [SUDDEN, { q: "region", in: ["knee", "thigh", "lower_leg", "ankle", "foot_heel"] }] },
    error: "Answer yes or no: is the pain getting worse with a tight or hard muscle?",
  },
] as const satisfies readonly QuestionDef[];
