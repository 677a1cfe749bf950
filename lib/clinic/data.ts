import "server-only";

import { revalidateTag, unstable_cache } from "next/cache";

import { db } from "@/lib/db";

import type { Prisma } from "@/lib/generated/prisma/client";

import { clinicFromEnv, CONTACT_COLUMNS, type PublicContact } from "./contact";

/** Cache tag of the clinic's details; every page that shows them carries it. */
export const CLINIC_TAG = "clinic-settings";

// Cached so that static pages keep their header and footer through a database
// outage: when a refresh fails, Next.js keeps serving the last good value.
const readClinic = unstable_cache(
  async (): Promise<PublicContact | null> =>
    db.clinicSettings.findUnique({
      where: { id: 1 },
      select: CONTACT_COLUMNS,
    }),
  ["clinic-settings-v1"],
  { tags: [CLINIC_TAG], revalidate: 3600 },
);

/**
 * The clinic's public details from the clinic_settings row. Falls back to the
 * CLINIC_* defaults only when the row has never been readable (a build with no
 * database, or a first request during an outage), so a page always has a phone number.
 */
export async function getClinic(): Promise<PublicContact> {
  try {
    return (await readClinic()) ?? clinicFromEnv();
  } catch {
    return clinicFromEnv();
  }
}

/** The clinic's details as they are now, inside the caller's transaction (for a message queued with a change). */
export async function clinicContactIn(tx: Prisma.TransactionClient): Promise<PublicContact> {
  return tx.clinicSettings.findUniqueOrThrow({ where: { id: 1 }, select: CONTACT_COLUMNS });
}

/** Marks the clinic's details stale everywhere: the next visit to any page shows the row as it is now. */
export function refreshClinicPages(): void {
  revalidateTag(CLINIC_TAG, { expire: 0 });
}
