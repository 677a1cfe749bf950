import "server-only";

import { unstable_cache } from "next/cache";

import { db } from "@/lib/db";

export interface ServiceSummary {
  slug: string;
  name: string;
  description: string;
  minutes: number;
  priceMinor: number;
  currency: string;
}

/** Cache tag of the public catalogue (services, prices, therapists). */
export const CATALOGUE_TAG = "catalogue";

// Public pages read the catalogue through Next.js's data cache: during a
// database outage a failed refresh keeps the last good copy, so prices and
// therapists stay on screen.
const catalogueCache = { tags: [CATALOGUE_TAG], revalidate: 300 };

/** Appointment types patients can book, in the clinic's chosen order. Public data. */
export async function fetchServices(): Promise<ServiceSummary[]> {
  return db.appointmentType.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, description: true, minutes: true, priceMinor: true, currency: true },
  });
}

/** fetchServices through the data cache, for public pages. */
export const listServices = unstable_cache(fetchServices, ["services-v1"], catalogueCache);

export interface TherapistSummary {
  id: string;
  slug: string;
  displayName: string;
  bio: string;
  specialities: string[];
}

/** Therapists shown to the public. Public data: no contact details or account links. */
export async function fetchTherapists(): Promise<TherapistSummary[]> {
  return db.therapist.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { displayName: "asc" }],
    select: { id: true, slug: true, displayName: true, bio: true, specialities: true },
  });
}

/** fetchTherapists through the data cache, for public pages. */
export const listTherapists = unstable_cache(fetchTherapists, ["therapists-v2"], catalogueCache);
