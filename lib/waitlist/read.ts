import "server-only";

import { hashToken, isWellFormedToken } from "@/lib/booking/tokens";

import { findEntryByLeaveHash, type EntryForPatient } from "./data/entries";
import { findOfferByTokenHash, type OfferForPatient } from "./data/offers";

/** What an offer link's page shows; null for a link that opens nothing. */
export async function readOffer(token: string, now = new Date()): Promise<OfferForPatient | null> {
  return isWellFormedToken(token) ? findOfferByTokenHash(hashToken(token), now) : null;
}

/** What a leave link's page shows; null for a link that opens nothing. */
export async function readEntry(token: string): Promise<EntryForPatient | null> {
  return isWellFormedToken(token) ? findEntryByLeaveHash(hashToken(token)) : null;
}
