import { requireStaff } from "@/lib/auth/require-staff";
import { fieldErrorsOf } from "@/lib/forms/action-result";
import { invalid, jsonReply, readObjectBody } from "@/lib/http/json-api";
import { eraseSchema, NAME_MISMATCH } from "@/lib/patients/erase-schema";
import { erasePatient } from "@/lib/patients/data/rights";

export const dynamic = "force-dynamic";

/**
 * Erase a patient (admins only; 404 for anyone else): {"confirm": "<the patient's
 * full name>"}. 200 {"status":"erased","erasedAt"}; 422 when the name does not match
 * (nothing erased); 409 already_erased; 404 unknown patient. A JSON body only, so a
 * form on another site cannot send one.
 */
export async function POST(request: Request, { params }: RouteContext<"/staff/api/patients/[id]/erase">) {
  const actor = await requireStaff({ role: "admin" });
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return invalid({ body: "Send a JSON object with Content-Type: application/json" });
  }
  const read = await readObjectBody(request);
  if (read instanceof Response) return read;
  const parsed = eraseSchema.safeParse(read.body);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const outcome = await erasePatient(actor, (await params).id, parsed.data.confirm);
  if (outcome === "not_found") return jsonReply({ error: "not_found" }, 404);
  if (outcome === "already_erased") return jsonReply({ error: "already_erased" }, 409);
  if (outcome === "name_mismatch") return invalid({ confirm: NAME_MISMATCH });
  return jsonReply({ status: "erased", erasedAt: outcome.erased.toISOString() }, 200);
}
