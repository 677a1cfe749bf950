import "server-only";

import { revalidateTag } from "next/cache";

import { CATALOGUE_TAG } from "@/lib/booking/data/catalogue";
import { SCHEDULES_TAG } from "@/lib/booking/data/slot-inputs";

// Public pages and GET /api/slots read hours and types through Next.js's data
// cache; expiring the tag (like refreshClinicPages) makes the next request read
// the database, so a change shows at once rather than within five minutes.

export function refreshSchedules(): void {
  revalidateTag(SCHEDULES_TAG, { expire: 0 });
}

export function refreshCatalogue(): void {
  revalidateTag(CATALOGUE_TAG, { expire: 0 });
}
