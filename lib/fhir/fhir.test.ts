import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { submittedIntakeArbitrary } from "@/lib/intake/answers-arbitrary";
import { QUESTION_DEFS } from "@/lib/intake/questionnaire";
import { validateIntake } from "@/lib/intake/schema";
import { conditionQuestionIds } from "@/lib/intake/shown-when";
import { triage } from "@/lib/triage/triage";
import { fhirIssues } from "@/test/fhir-validate";

import { caseBundle, type CaseRecord } from "./case-bundle";
import { enableWhenOf, intakeQuestionnaire, SHOWN_WHEN_EXTENSION } from "./questionnaire";
import type { FhirResource } from "./types";

const SITE = "https://clinic.example";
const questionnaire = intakeQuestionnaire(SITE);
type Item = FhirResource & { linkId: string; type: string; item?: Item[]; answer?: FhirResource[] };
const flatten = (items: Item[] = []): Item[] => items.flatMap((i) => [i, ...flatten(i.item)]);
const questionnaireItems = new Map(flatten(questionnaire.item as Item[]).map((i) => [i.linkId, i]));

// The value[x] each item type takes in a QuestionnaireResponse.
const VALUE_FOR: Record<string, string> = {
  choice: "valueCoding",
  boolean: "valueBoolean",
  integer: "valueInteger",
  date: "valueDate",
  text: "valueString",
  string: "valueString",
};

function record(answers: Record<string, unknown>, submittedAt: Date, result: ReturnType<typeof triage>): CaseRecord {
  return {
    patient: {
      id: "5f0c6a52-4a8e-4c61-9a43-0d4b0c1f7a10",
      name: "Ada Lovelace",
      email: "ada@example.com",
      phone: "07700 900123",
    },
    booking: {
      id: "1b6a8a36-64c4-4f0e-8d4c-7c8f7e3f2a11",
      startsAt: new Date(submittedAt.getTime() + 86_400_000),
      endsAt: new Date(submittedAt.getTime() + 86_400_000 + 1_800_000),
      status: "booked",
      typeName: "Initial assessment",
    },
    therapist: { id: "0c9f8a2e-7d1b-4a3c-9e2f-6b5a4c3d2e12", name: "Maya Okafor" },
    intake: { id: "7e2d1c0b-9a8f-4e6d-8c5b-4a3f2e1d0c13", submittedAt, answers, consentWithdrawnAt: null },
    triage: {
      id: "3a4b5c6d-7e8f-4a1b-9c2d-3e4f5a6b7c14",
      computed: result.disposition,
      effective: result.disposition,
      flags: result.flags,
      rulesVersion: result.rulesVersion,
    },
  };
}

/** Every response item's linkId is the Questionnaire's and its answers carry that item's value[x]. */
function expectMatchesQuestionnaire(bundle: FhirResource) {
  const response = (bundle.entry as { resource: FhirResource }[]).find(
    (e) => e.resource.resourceType === "QuestionnaireResponse",
  )!.resource;
  for (const item of flatten(response.item as Item[])) {
    const defined = questionnaireItems.get(item.linkId);
    expect(defined, `linkId ${item.linkId}`).toBeDefined();
    for (const answer of item.answer ?? [])
      expect(Object.keys(answer), item.linkId).toEqual([VALUE_FOR[defined!.type]]);
  }
}

describe("the intake Questionnaire in FHIR R4", () => {
  it("is valid R4, with its url and version", () => {
    expect(fhirIssues(questionnaire)).toEqual([]);
    expect(questionnaire).toMatchObject({ url: `${SITE}/api/fhir/Questionnaire/stride-intake`, version: "1" });
  });

  it("has every question as an item under its id, with its type, options and whether it is required", () => {
    for (const q of QUESTION_DEFS) {
      const item = questionnaireItems.get(q.id);
      expect(item, q.id).toMatchObject({ required: q.required, text: q.text });
      if ("options" in q) {
        expect((item!.answerOption as { valueCoding: { code: string } }[]).map((o) => o.valueCoding.code)).toEqual(
          q.options.map((o) => o.code),
        );
      }
    }
  });

  it("carries every shown-when rule: in words on the item, and as enableWhen wherever FHIR can say it", () => {
    const withRules = QUESTION_DEFS.filter((q) => q.shownWhen);
    expect(withRules.length).toBeGreaterThan(10);
    let expressed = 0;
    for (const q of withRules) {
      const item = questionnaireItems.get(q.id)!;
      expect(
        (item.extension as { url: string }[]).map((e) => e.url),
        q.id,
      ).toContain(SHOWN_WHEN_EXTENSION);
      if (enableWhenOf(q.shownWhen!)) {
        expressed++;
        const asked = new Set((item.enableWhen as { question: string }[]).map((e) => e.question));
        expect([...asked].sort(), q.id).toEqual([...new Set(conditionQuestionIds(q.shownWhen!))].sort());
        for (const id of asked) expect(questionnaireItems.has(id), `${q.id} asks about ${id}`).toBe(true);
      } else {
        expect(item.enableWhen, q.id).toBeUndefined();
      }
    }
    expect(expressed).toBeGreaterThan(withRules.length / 2);
  });
});

describe("a case as a FHIR R4 Bundle", () => {
  const STORIES = path.resolve(import.meta.dirname, "../triage/__fixtures__/stories");

  it("is valid R4 for every demo and test story, and its response matches the Questionnaire", () => {
    const now = new Date();
    const clock = { now, timeZone: "Europe/London" };
    const files = readdirSync(STORIES).filter((f) => f.endsWith(".json"));
    let checked = 0;
    for (const file of files) {
      const { event_date: _e, ...raw } = (
        JSON.parse(readFileSync(path.join(STORIES, file), "utf8")) as {
          answers: Record<string, unknown>;
        }
      ).answers;
      const valid = validateIntake(raw, clock);
      if (!valid.ok) continue;
      const bundle = caseBundle(
        record(valid.answers as Record<string, unknown>, now, triage(valid.answers, clock)),
        SITE,
      );
      expect(fhirIssues(bundle), file).toEqual([]);
      expectMatchesQuestionnaire(bundle);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  it("is valid R4 for generated questionnaires (fast-check)", () => {
    fc.assert(
      fc.property(submittedIntakeArbitrary, ({ clock, raw }) => {
        const valid = validateIntake(raw, clock);
        if (!valid.ok) return;
        const bundle = caseBundle(
          record(valid.answers as Record<string, unknown>, clock.now, triage(valid.answers, clock)),
          SITE,
        );
        expect(fhirIssues(bundle)).toEqual([]);
        expectMatchesQuestionnaire(bundle);
      }),
      { numRuns: 150 },
    );
  });

  it("has no empty arrays, which FHIR JSON forbids", () => {
    fc.assert(
      fc.property(submittedIntakeArbitrary, ({ clock: c, raw }) => {
        const valid = validateIntake(raw, c);
        if (!valid.ok) return;
        const json = JSON.stringify(
          caseBundle(record(valid.answers as Record<string, unknown>, c.now, triage(valid.answers, c)), SITE),
        );
        expect(json).not.toMatch(/\[\]/);
      }),
      { numRuns: 100 },
    );
  });

  it("is refused by the validator when a value has the wrong type (the check can fail)", () => {
    expect(fhirIssues({ resourceType: "Patient", birthDate: "14/03/1985" })).not.toEqual([]);
  });
});
