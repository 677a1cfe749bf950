import type { SessionUser } from "./data/sessions";
import type { RequestMeta } from "./request-meta";

/** A signed-in staff member checked against the database for this request. */
export interface StaffActor extends SessionUser, RequestMeta {}

// Data functions accept only actors minted here (after the database check), so a
// hand-built object cannot stand in for a session by mistake.
const minted = new WeakSet<StaffActor>();

export function mintActor(user: SessionUser, meta: RequestMeta): StaffActor {
  const actor = Object.freeze({ ...user, ...meta });
  minted.add(actor);
  return actor;
}

export class NotAuthorized extends Error {}

/** Throws unless the actor came from a session check (and has the role, when one is asked). */
export function assertActor(actor: StaffActor, role?: "admin"): void {
  if (!minted.has(actor)) throw new NotAuthorized("not a checked session");
  if (role && actor.role !== role) throw new NotAuthorized(`needs ${role}`);
}
