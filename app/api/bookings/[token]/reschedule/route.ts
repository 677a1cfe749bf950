import { changeRefusal } from "@/lib/booking/change-reply";
import { bookingReplyByToken, rescheduleByToken } from "@/lib/booking/manage";
import { rescheduleSchema } from "@/lib/booking/schemas";
import { fieldErrorsOf } from "@/lib/forms/action-result";
import { addressLimited, invalid, jsonReply, readObjectBody } from "@/lib/http/json-api";

export const dynamic = "force-dynamic";

/**
 * Public, by the manage link's token: move to `{"start":"…"}` with the same therapist.
 * 200 with the booking as POST /api/bookings answers it; 404 unknown token; 409
 * slot_unavailable, inside_cutoff, not_booked or too_many_changes; 413, 422 and 429 as POST /api/bookings.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/bookings/[token]/reschedule">) {
  const { token } = await params;
  const read = await readObjectBody(request);
  if (read instanceof Response) return read;
  const parsed = rescheduleSchema.strict().safeParse(read.body);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const limited = await addressLimited(request, "bookings");
  if (limited) return limited;
  const outcome = await rescheduleByToken(token, parsed.data.start);
  if (!outcome.ok) return changeRefusal(outcome, token);
  return jsonReply(await bookingReplyByToken(token), 200);
}
