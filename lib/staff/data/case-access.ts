import "server-only";

import type { StaffActor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_THERAPIST = "00000000-0000-0000-0000-000000000000";

/**
 * The intakes an actor may open as cases: submitted ones, and for a therapist
 * only those of their own bookings. A case outside this set answers exactly
 * like one that does not exist. Null for an id that cannot be a case id.
 */
export function caseWhere(actor: StaffActor, intakeId: string): Prisma.IntakeWhereInput | null {
  if (!UUID.test(intakeId)) return null;
  const booking = actor.role === "admin" ? {} : { therapistId: actor.therapistId ?? NO_THERAPIST };
  return { id: intakeId, status: "submitted", booking };
}
