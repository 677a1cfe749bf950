import "server-only";

import type { StaffActor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/uuid";

import { NO_THERAPIST } from "../ids";

/**
 * The intakes an actor may open as cases: submitted ones, and for a therapist
 * only those of their own bookings. A case outside this set answers exactly
 * like one that does not exist. Null for an id that cannot be a case id.
 */
export function caseWhere(actor: StaffActor, intakeId: string): Prisma.IntakeWhereInput | null {
  if (!isUuid(intakeId)) return null;
  const booking = actor.role === "admin" ? {} : { therapistId: actor.therapistId ?? NO_THERAPIST };
  return { id: intakeId, status: "submitted", booking };
}
