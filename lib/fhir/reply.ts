/** A FHIR JSON answer: the media type FHIR servers use, never cached by the way. */
export function fhirReply(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body, null, 2), {
    status,
    headers: { "Content-Type": "application/fhir+json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** An OperationOutcome for a refusal, as FHIR servers answer one. */
export function fhirProblem(status: number, code: string, text: string): Response {
  return fhirReply(
    { resourceType: "OperationOutcome", issue: [{ severity: "error", code, details: { text } }] },
    status,
  );
}
