import { randomInt } from "node:crypto";

// No 0/o, 1/l/i: the admin reads this out or copies it by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Four groups of four (about 79 bits), e.g. "k7dm-9xqa-reh4-w2nc": over the 12-character minimum and easy to read out. */
export function oneTimePassword(): string {
  return Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  ).join("-");
}
