// The most a public request body may hold. A booking is well under 2 KB and a whole
// questionnaire under 10 KB; anything bigger is refused before a byte of it is parsed,
// so a 30 MB body costs the server no more than a 16 KB one.
export const BODY_LIMIT_BYTES = 16 * 1024;

export const TOO_LARGE = { error: "too_large", message: "Send at most 16 KB" } as const;

/** The 413 every over-size body gets, from a route handler or the proxy. */
export function tooLargeResponse(): Response {
  return Response.json(TOO_LARGE, { status: 413, headers: { "Cache-Control": "no-store", Connection: "close" } });
}

/** True when the declared Content-Length is over the limit (a chunked body declares none). */
export function declaresTooMuch(headers: Headers, limit = BODY_LIMIT_BYTES): boolean {
  const declared = Number(headers.get("content-length") ?? 0);
  return !Number.isFinite(declared) || declared > limit;
}

/**
 * Reads a body as text, counting bytes as they arrive and stopping at the first
 * byte over the limit (a chunked body declares no length); null when it is too large.
 */
export async function readLimitedText(
  body: ReadableStream<Uint8Array> | null,
  limit = BODY_LIMIT_BYTES,
): Promise<string | null> {
  if (!body) return "";
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; tooLarge: boolean };

/** A request's JSON body within the limit: too large (413) or malformed (the caller's 422) are told apart. */
export async function readJsonBody(request: Request, limit = BODY_LIMIT_BYTES): Promise<JsonBody> {
  if (declaresTooMuch(request.headers, limit)) return { ok: false, tooLarge: true };
  const text = await readLimitedText(request.body, limit);
  if (text === null) return { ok: false, tooLarge: true };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, tooLarge: false };
  }
}
