import "server-only";

import { jsonReply } from "@/lib/http/json-api";

import { openManageLink, type ChangeOutcome } from "./manage";

/**
 * A refused change (cancel or reschedule through the JSON API) in the API's words:
 * 404 for an unknown token; 409 inside_cutoff (call the clinic), not_booked (already
 * cancelled or over), slot_unavailable or too_many_changes.
 */
export async function changeRefusal(outcome: Exclude<ChangeOutcome, { ok: true }>, token: string): Promise<Response> {
  if (outcome.error === "not_found") return jsonReply({ error: "not_found" }, 404);
  if (outcome.error === "closed") {
    const booking = await openManageLink(token);
    return jsonReply({ error: booking?.status === "booked" ? "inside_cutoff" : "not_booked" }, 409);
  }
  return jsonReply({ error: outcome.error }, 409);
}
