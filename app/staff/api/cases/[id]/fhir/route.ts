import { requireStaff } from "@/lib/auth/require-staff";
import { siteUrl } from "@/lib/clinic/site-url";
import { caseBundle } from "@/lib/fhir/case-bundle";
import { caseRecordOf } from "@/lib/fhir/case-record";
import { fhirProblem, fhirReply } from "@/lib/fhir/reply";
import { getCase } from "@/lib/staff/data/case";

export const dynamic = "force-dynamic";

/**
 * The case as a FHIR R4 Bundle (collection) to download: for the staff who may open
 * the case, audited as a case view ("FHIR download"); 404 for anyone else's case.
 */
export async function GET(_request: Request, { params }: RouteContext<"/staff/api/cases/[id]/fhir">) {
  const actor = await requireStaff();
  const { id } = await params;
  const view = await getCase(actor, id, "FHIR download");
  if (!view) return fhirProblem(404, "not-found", "No such case");
  return fhirReply(caseBundle(caseRecordOf(view), siteUrl()), 200, {
    "Content-Disposition": `attachment; filename="stride-case-${view.id}.fhir.json"`,
  });
}
