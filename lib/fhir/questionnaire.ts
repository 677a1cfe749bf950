import type { Condition, QuestionDef } from "@/lib/intake/question-types";
import { QUESTION_DEFS, QUESTIONNAIRE_ID, QUESTIONNAIRE_VERSION, SECTIONS } from "@/lib/intake/questionnaire";
import { describeCondition } from "@/lib/intake/shown-when";

import type { FhirResource } from "./types";

// The intake questionnaire as a FHIR R4 Questionnaire, generated from the same
// definition (lib/intake/questionnaire.ts) that drives the form, validation and
// triage, so the three cannot drift apart. Sections are groups (linkId "section-A");
// each question is an item whose linkId is its id.

/** Options' code system: a question's codes are its own ids for its answers. */
export const OPTION_SYSTEM = "https://stride.example/fhir/CodeSystem/stride-intake-answers";
/** Each item with a shown-when rule carries it in words here (and in enableWhen where FHIR can say it). */
export const SHOWN_WHEN_EXTENSION = "https://stride.example/fhir/StructureDefinition/shown-when";

/** The canonical URL: where the definition is served. */
export const questionnaireUrl = (site: URL | string) =>
  new URL(`/api/fhir/Questionnaire/${QUESTIONNAIRE_ID}`, site).toString();
export const questionnaireCanonical = (site: URL | string) => `${questionnaireUrl(site)}|${QUESTIONNAIRE_VERSION}`;

interface EnableWhen {
  question: string;
  operator: "=" | "!=" | "exists";
  answerCoding?: { system: string; code: string };
  answerBoolean?: boolean;
}

/**
 * The rule as FHIR enableWhen, or null where FHIR R4 cannot say it exactly: an age
 * (it is worked out from the date of birth, and enableWhen compares answers only)
 * or an "all" mixed with an "any" (enableWhen is one flat list under one behaviour).
 * Stride's "absent is false" holds: "is not X" becomes "exists and != X".
 */
export function enableWhenOf(condition: Condition): { behavior: "all" | "any"; list: EnableWhen[] } | null {
  const atom = (c: Condition): EnableWhen[] | null => {
    if ("age" in c || "all" in c || "any" in c || "in" in c) return null;
    if ("eq" in c) {
      return [
        typeof c.eq === "boolean"
          ? { question: c.q, operator: "=", answerBoolean: c.eq }
          : { question: c.q, operator: "=", answerCoding: { system: OPTION_SYSTEM, code: c.eq } },
      ];
    }
    if ("has" in c) return [{ question: c.q, operator: "=", answerCoding: { system: OPTION_SYSTEM, code: c.has } }];
    return [
      { question: c.q, operator: "exists", answerBoolean: true },
      { question: c.q, operator: "!=", answerCoding: { system: OPTION_SYSTEM, code: c.ne } },
    ];
  };
  if ("in" in condition) {
    return {
      behavior: "any",
      list: condition.in.map((code) => ({
        question: condition.q,
        operator: "=" as const,
        answerCoding: { system: OPTION_SYSTEM, code },
      })),
    };
  }
  if ("all" in condition || "any" in condition) {
    const parts = ("all" in condition ? condition.all : condition.any).map(atom);
    if (parts.some((p) => p === null)) return null;
    const list = parts.flat() as EnableWhen[];
    // A "not X" inside an "any" needs its own "all": not expressible in one flat list.
    if ("any" in condition && parts.some((p) => p!.length > 1)) return null;
    return { behavior: "all" in condition ? "all" : "any", list };
  }
  const list = atom(condition);
  return list ? { behavior: "all", list } : null;
}

const TYPE: Record<QuestionDef["type"], string> = {
  choice: "choice",
  multi: "choice",
  bool: "boolean",
  int: "integer",
  date: "date",
  text: "text",
  psfs: "group",
};

function item(q: QuestionDef): FhirResource {
  const rule = q.shownWhen ? enableWhenOf(q.shownWhen) : null;
  const shownWhen = q.shownWhen
    ? [
        {
          url: SHOWN_WHEN_EXTENSION,
          valueString: rule
            ? `Shown when ${describeCondition(q.shownWhen)}.`
            : `Shown when ${describeCondition(q.shownWhen)}. FHIR enableWhen cannot express this rule (an age is worked out from the date of birth, or conditions are nested), so this item has no enableWhen: Stride applies the rule.`,
        },
      ]
    : [];
  const base: FhirResource = {
    linkId: q.id,
    text: q.text,
    type: TYPE[q.type],
    required: q.required,
    ...(shownWhen.length ? { extension: shownWhen } : {}),
    ...(rule ? { enableWhen: rule.list, ...(rule.list.length > 1 ? { enableBehavior: rule.behavior } : {}) } : {}),
  };
  switch (q.type) {
    case "choice":
    case "multi":
      return {
        ...base,
        ...(q.type === "multi" ? { repeats: true } : {}),
        answerOption: q.options.map((o) => ({
          valueCoding: { system: OPTION_SYSTEM, code: o.code, display: o.label },
        })),
      };
    case "text":
      return { ...base, maxLength: q.maxLength };
    case "psfs":
      return {
        ...base,
        repeats: true,
        item: [
          {
            linkId: `${q.id}.activity`,
            text: "Activity",
            type: "string",
            required: true,
            maxLength: q.activityLength.max,
          },
          {
            linkId: `${q.id}.score`,
            text: `Score (${q.score.minLabel}; ${q.score.maxLabel})`,
            type: "integer",
            required: true,
          },
        ],
      };
    default:
      return base;
  }
}

/** The questionnaire definition as a FHIR R4 Questionnaire resource. */
export function intakeQuestionnaire(site: URL | string): FhirResource {
  return {
    resourceType: "Questionnaire",
    id: QUESTIONNAIRE_ID,
    url: questionnaireUrl(site),
    version: String(QUESTIONNAIRE_VERSION),
    name: "StrideIntake",
    title: "Pre-appointment questionnaire",
    status: "active",
    subjectType: ["Patient"],
    item: SECTIONS.map((section) => ({
      linkId: `section-${section.id}`,
      text: section.title,
      type: "group",
      item: QUESTION_DEFS.filter((q) => q.section === section.id).map(item),
    })),
  };
}
