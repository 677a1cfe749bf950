import { requestMeta } from "@/lib/auth/request-meta";
import { countAddress, type AddressLimit } from "@/lib/limits/data";

import { readJsonBody, tooLargeResponse } from "./body-limit";

// The public JSON API's shared answers: every reply is no-store, bad input is a 422
// with a message per field, an over-size body a 413 before parsing, and too many
// writes from one address a 429 with Retry-After (README "API").
export const noStore = { "Cache-Control": "no-store" };

export const jsonReply = (body: unknown, status: number) => Response.json(body, { status, headers: noStore });

export const invalid = (fields: Record<string, string>) => jsonReply({ error: "invalid", fields }, 422);

/** The body as a JSON object, or the 413/422 to answer instead. */
export async function readObjectBody(request: Request): Promise<{ body: Record<string, unknown> } | Response> {
  const read = await readJsonBody(request);
  if (!read.ok && read.tooLarge) return tooLargeResponse();
  const body = read.ok ? read.value : undefined;
  // Malformed JSON or not an object: the one error about the body as a whole, named "body" on the wire.
  if (typeof body !== "object" || body === null || Array.isArray(body)) return invalid({ body: "Send a JSON object" });
  return { body: body as Record<string, unknown> };
}

/** Counts this request against the address's limit: null to go on, or the 429 to answer. */
export async function addressLimited(request: Request, limit: AddressLimit): Promise<Response | null> {
  const allowed = await countAddress(limit, requestMeta(request.headers).ip);
  if (allowed.ok) return null;
  return Response.json(
    { error: "rate_limited" },
    { status: 429, headers: { ...noStore, "Retry-After": String(allowed.retryAfterSeconds) } },
  );
}
