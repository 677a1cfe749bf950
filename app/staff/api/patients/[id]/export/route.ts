import { requireStaff } from "@/lib/auth/require-staff";
import { siteUrl } from "@/lib/clinic/site-url";
import { caseBundle } from "@/lib/fhir/case-bundle";
import { jsonReply } from "@/lib/http/json-api";
import { readPatientExport } from "@/lib/patients/data/export";

export const dynamic = "force-dynamic";

/**
 * Everything held about a patient, for a subject-access request (admins only; 404
 * for anyone else; audited as patient.export): details, bookings, questionnaires
 * with triage, notes, consent, messages sent and waitlist places as JSON, plus each
 * questionnaire as a FHIR R4 Bundle.
 */
export async function GET(_request: Request, { params }: RouteContext<"/staff/api/patients/[id]/export">) {
  const actor = await requireStaff({ role: "admin" });
  const found = await readPatientExport(actor, (await params).id);
  if (!found) return jsonReply({ error: "not_found" }, 404);
  const site = siteUrl();
  const body = {
    exportedAt: new Date().toISOString(),
    ...found.data,
    fhir: found.cases.map((c) => caseBundle(c, site)),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="stride-patient-${found.data.patient.id}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
