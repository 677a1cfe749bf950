/** A FHIR resource or element as plain JSON (validated in tests against the R4 base definitions). */
export type FhirResource = { [key: string]: unknown };
