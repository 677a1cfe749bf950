import { addressLimited, invalid, jsonReply, readObjectBody } from "@/lib/http/json-api";
import { openIntake, submitByToken } from "@/lib/intake/intake";
import { outcomeMessage } from "@/lib/intake/outcome-words";

export const dynamic = "force-dynamic";

/**
 * Public, by the questionnaire link's token: send the answers (`{"answers":{…}}`, the
 * object `npm run triage` reads). 201 {"outcome":"emergency"|"urgent"|"booked","message"}
 * (what the patient's page says; never a suspected condition); 422 with a message per
 * question id; 409 already_submitted or closed; 404 unknown token; 413 and 429 as POST /api/bookings.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/intakes/[token]">) {
  const { token } = await params;
  const read = await readObjectBody(request);
  if (read instanceof Response) return read;
  const keys = Object.keys(read.body);
  if (keys.length !== 1 || keys[0] !== "answers") {
    return invalid({ body: 'Send one field, "answers": an object of answers by question id' });
  }
  const limited = await addressLimited(request, "questionnaireSaves");
  if (limited) return limited;
  const intake = await openIntake(token);
  if (!intake) return jsonReply({ error: "not_found" }, 404);
  if (intake.status === "submitted") return jsonReply({ error: "already_submitted" }, 409);
  if (intake.closed) return jsonReply({ error: "closed" }, 409);
  const sent = await submitByToken(token, read.body.answers);
  if (sent.ok) return jsonReply(outcomeMessage(sent.outcome.disposition), 201);
  if ("closed" in sent) return jsonReply({ error: "closed" }, 409);
  return invalid(Object.fromEntries(sent.errors.map((e) => [`answers.${e.questionId}`, e.message])));
}
