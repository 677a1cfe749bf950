import { describe, expect, it } from "vitest";

import { getCase } from "@/lib/staff/data/case";
import { fhirIssues } from "@/test/fhir-validate";
import { actorForUser, auditSince, makeStaffUser, therapistWithCases } from "@/test/staff-actor";

import { caseBundle } from "./case-bundle";
import { caseRecordOf } from "./case-record";

describe("a stored case as a FHIR Bundle", () => {
  it("is valid R4 for each demo case, keeps Stride's ids, and is audited as a case view for a FHIR download", async () => {
    const mine = await therapistWithCases(["emergency", "urgent", "soon", "routine"]);
    const actor = await actorForUser(mine.userId);
    const since = new Date();
    for (const { intakeId, level } of mine.cases) {
      const view = (await getCase(actor, intakeId, "FHIR download"))!;
      const bundle = caseBundle(caseRecordOf(view), "https://clinic.example") as {
        type: string;
        entry: { resource: { resourceType: string; id: string } }[];
      };
      expect(fhirIssues(bundle), level).toEqual([]);
      expect(bundle.type).toBe("collection");
      const byType = Object.fromEntries(bundle.entry.map((e) => [e.resource.resourceType, e.resource]));
      expect(byType.Patient!.id).toBe(view.patient.id);
      expect(byType.QuestionnaireResponse).toMatchObject({
        id: intakeId,
        questionnaire: "https://clinic.example/api/fhir/Questionnaire/stride-intake|1",
      });
      expect(byType.ClinicalImpression).toMatchObject({ prognosisCodeableConcept: [{ coding: [{ code: level }] }] });
    }
    const events = (await auditSince(since)).filter((e) => e.action === "case.view" && e.actor_id === mine.userId);
    expect(events).toHaveLength(4);
  });

  it("is not given to another therapist", async () => {
    const mine = await therapistWithCases(["routine"]);
    const other = await actorForUser((await makeStaffUser("therapist")).id);
    expect(await getCase(other, mine.cases[0]!.intakeId, "FHIR download")).toBeNull();
  });
});
