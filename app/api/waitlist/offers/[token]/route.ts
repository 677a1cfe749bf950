import { addressLimited, jsonReply } from "@/lib/http/json-api";
import { acceptOffer } from "@/lib/waitlist/respond";

export const dynamic = "force-dynamic";

/**
 * Public, by the offer link's token: book the time the offer holds. 201 with the
 * booking as POST /api/bookings returns it; 410 {"error":"offer_expired"} once the
 * hold lapsed, was let go or the offer was already used; 404 for an unknown token;
 * 429 past the address's bookings an hour.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/waitlist/offers/[token]">) {
  const { token } = await params;
  const limited = await addressLimited(request, "bookings");
  if (limited) return limited;
  const outcome = await acceptOffer(token);
  if (outcome.ok) return jsonReply(outcome.reply, 201);
  if (outcome.error === "offer_expired") return jsonReply({ error: "offer_expired" }, 410);
  return jsonReply({ error: "not_found" }, 404);
}
