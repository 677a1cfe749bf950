import { siteUrl } from "@/lib/clinic/site-url";
import { intakeQuestionnaire } from "@/lib/fhir/questionnaire";
import { fhirProblem, fhirReply } from "@/lib/fhir/reply";
import { QUESTIONNAIRE_ID } from "@/lib/intake/questionnaire";

export const dynamic = "force-dynamic";

/** Public: the intake questionnaire's definition as a FHIR R4 Questionnaire (no patient data). */
export async function GET(_request: Request, { params }: RouteContext<"/api/fhir/Questionnaire/[id]">) {
  const { id } = await params;
  if (id !== QUESTIONNAIRE_ID) return fhirProblem(404, "not-found", `No Questionnaire ${id.slice(0, 64)}`);
  return fhirReply(intakeQuestionnaire(siteUrl()));
}
