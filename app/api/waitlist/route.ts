import { fieldErrorsOf } from "@/lib/forms/action-result";
import { addressLimited, invalid, jsonReply, readObjectBody } from "@/lib/http/json-api";
import { joinWaitlist } from "@/lib/waitlist/join";
import { waitlistRequestSchema } from "@/lib/waitlist/schemas";

export const dynamic = "force-dynamic";

/**
 * Public: join the waitlist for a type, a therapist or "any", between two dates
 * at most 31 days apart. 201 {"id","leaveUrl"} (the link is e-mailed too); 413
 * for a body over 16 KB; 422 with field errors; 429 past the address's bookings
 * an hour (the same limit as POST /api/bookings, which this counts towards).
 */
export async function POST(request: Request) {
  const read = await readObjectBody(request);
  if (read instanceof Response) return read;
  const parsed = waitlistRequestSchema.safeParse(read.body);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const limited = await addressLimited(request, "bookings");
  if (limited) return limited;
  const joined = await joinWaitlist(parsed.data);
  if (!joined.ok) return invalid(joined.fields);
  return jsonReply({ id: joined.id, leaveUrl: joined.leaveUrl }, 201);
}
