import "server-only";

import { seal, unseal } from "@/lib/sealed-box";

// The booking form carries the time it was shown, sealed so it cannot be made
// up. A person takes longer than this to type a name, an e-mail address and a
// phone number; a script that posts the form at once does not.
export const MIN_FILL_MS = 3_000;
const PURPOSE = "book-form-stamp";

/** The sealed time the form was shown, for its hidden field. */
export function issueFormStamp(now = Date.now()): string {
  return seal(PURPOSE, { shownAt: now });
}

/**
 * True when the form looks filled by a person: the honeypot field (hidden from
 * people and from assistive technology) is empty, and the sealed stamp is
 * genuine and at least MIN_FILL_MS old.
 */
export function looksHuman(form: { website?: string; formStamp: string }, now = Date.now()): boolean {
  if (form.website) return false;
  try {
    const { shownAt } = unseal<{ shownAt: unknown }>(PURPOSE, form.formStamp);
    return typeof shownAt === "number" && now - shownAt >= MIN_FILL_MS && shownAt <= now;
  } catch {
    return false;
  }
}
