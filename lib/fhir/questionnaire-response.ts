import type { PsfsRow, QuestionDef } from "@/lib/intake/question-types";
import { QUESTION_DEFS, SECTIONS } from "@/lib/intake/questionnaire";

import { OPTION_SYSTEM } from "./questionnaire";
import type { FhirResource } from "./types";

/** One question's stored answer as FHIR answer items, each with the value[x] its item type takes. */
function answersOf(q: QuestionDef, value: unknown): FhirResource[] {
  const coding = (code: string) => {
    const option = "options" in q ? q.options.find((o) => o.code === code) : undefined;
    return { valueCoding: { system: OPTION_SYSTEM, code, ...(option ? { display: option.label } : {}) } };
  };
  switch (q.type) {
    case "choice":
      return [coding(String(value))];
    case "multi":
      return (value as string[]).map(coding);
    case "bool":
      return [{ valueBoolean: Boolean(value) }];
    case "int":
      return [{ valueInteger: Number(value) }];
    case "date":
      return [{ valueDate: String(value) }];
    case "text":
      return String(value).trim() ? [{ valueString: String(value) }] : [];
    case "psfs":
      return [];
  }
}

function itemsOf(q: QuestionDef, value: unknown): FhirResource[] {
  // PSFS rows repeat the group, each with its activity and score nested, as the Questionnaire nests them.
  if (q.type === "psfs") {
    return (value as PsfsRow[]).map((row) => ({
      linkId: q.id,
      text: q.text,
      item: [
        // An erased patient's activities are blank; their scores stay.
        ...(row.activity.trim() ? [{ linkId: `${q.id}.activity`, answer: [{ valueString: row.activity }] }] : []),
        { linkId: `${q.id}.score`, answer: [{ valueInteger: row.score }] },
      ],
    }));
  }
  const answer = answersOf(q, value);
  // "None of these" (an empty list) and an empty optional text have no answer to carry.
  return answer.length ? [{ linkId: q.id, text: q.text, answer }] : [];
}

/**
 * Stored answers as the items of a QuestionnaireResponse to the intake Questionnaire:
 * one group per section with answers, each answered question under its own linkId.
 */
export function responseItems(answers: Readonly<Record<string, unknown>>): FhirResource[] {
  return SECTIONS.flatMap((section) => {
    const item = QUESTION_DEFS.filter((q) => q.section === section.id && answers[q.id] !== undefined).flatMap((q) =>
      itemsOf(q, answers[q.id]),
    );
    return item.length ? [{ linkId: `section-${section.id}`, text: section.title, item }] : [];
  });
}
