import { z } from "zod";

// Ids reach the server from URLs, forms and forged action calls: anything that is
// not a UUID is refused before it can reach a uuid-typed query (which would throw).
// The check is PostgreSQL's own set in its canonical form, any 8-4-4-4-12 hex
// (zod's z.guid()). z.uuid() also demands RFC 9562 version and variant bits, so it
// would refuse ids PostgreSQL stores and returns, such as rows inserted by hand.

/** A UUID as PostgreSQL writes it (any case); `message` is what a form shows when it is not one. */
export function uuidSchema(message?: string) {
  return z.guid(message);
}

export function isUuid(value: string): boolean {
  return z.guid().safeParse(value).success;
}
