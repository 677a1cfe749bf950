import { changeRefusal } from "@/lib/booking/change-reply";
import { cancelByToken } from "@/lib/booking/manage";
import { addressLimited, jsonReply } from "@/lib/http/json-api";

export const dynamic = "force-dynamic";

/**
 * Public, by the manage link's token (the patient's key, as on the page): cancel.
 * 200 {"status":"cancelled"}; 404 for an unknown token; 409 inside_cutoff (call the
 * clinic), not_booked (already cancelled or over) or too_many_changes; 429 past the address's limit.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/bookings/[token]/cancel">) {
  const { token } = await params;
  const limited = await addressLimited(request, "bookings");
  if (limited) return limited;
  const outcome = await cancelByToken(token);
  if (outcome.ok) return jsonReply({ status: "cancelled" }, 200);
  return changeRefusal(outcome, token);
}
