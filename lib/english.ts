// Articles and plurals for messages built from names and numbers ("an initial
// assessment", "1 hour", "3 cases"). English chooses "a" or "an" by the sound
// that follows, not the letter, so spelling alone is not enough.

/** Vowel letters that sound like a consonant ("a university", "a European", "a one-off"). */
const CONSONANT_SOUND = /^(uni|use|usu|uti|ura|ure|uri|uro|ubi|eu|ewe|one\b|once\b)/;
/** Silent h: the word starts with a vowel sound ("an hour", "an honest"). */
const SILENT_H = /^(hour|honest|honou?r|heir)/;
/** Letters whose name starts with a vowel sound when spelt out: "an MRI", "an FAI", "an X-ray", "a UK". */
const VOWEL_SOUND_LETTERS = new Set("AEFHILMNORSX");
/** Numbers said with a vowel first: eight, eighty…, eleven, eighteen (and their thousands). */
const VOWEL_SOUND_NUMBER = /^(8|1[18](?![\d.])|1[18][,\s]?\d{3}(?![\d,]))/;

/** The first word of a phrase, without leading quotes or brackets. */
function firstWord(phrase: string): string {
  return (
    phrase
      .trim()
      .replace(/^[^\p{L}\p{N}]+/u, "")
      .split(/[\s/]+/)[0] ?? ""
  );
}

/** A word spelt out letter by letter: "MRI", "UK", "GP", "X-ray", "ACL". */
function isLetters(word: string): boolean {
  const head = word.split("-")[0]!;
  return /^[A-Z]{2,5}s?$/.test(head) || (head.length === 1 && /^[A-Za-z]$/.test(head));
}

/** "a" or "an" for the phrase that follows it. */
export function indefiniteArticle(phrase: string): "a" | "an" {
  const word = firstWord(phrase);
  if (!word) return "a";
  if (/^\d/.test(word)) return VOWEL_SOUND_NUMBER.test(word) ? "an" : "a";
  if (isLetters(word)) return VOWEL_SOUND_LETTERS.has(word[0]!.toUpperCase()) ? "an" : "a";
  const lower = word.toLowerCase();
  if (SILENT_H.test(lower)) return "an";
  if (CONSONANT_SOUND.test(lower)) return "a";
  return /^[aeiou]/.test(lower) ? "an" : "a";
}

/** The phrase with its indefinite article: "an initial assessment", "a follow-up". */
export function withArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

/**
 * A name as it reads inside a sentence: "Initial assessment" becomes "initial
 * assessment", but a first word in capitals ("ACL rehab", "MRI review") keeps them.
 */
export function inSentence(name: string): string {
  const word = firstWord(name);
  if (word.length > 1 && word === word.toUpperCase()) return name;
  if (/^[A-Z][a-z]/.test(word) && /[A-Z]/.test(word.slice(1))) return name; // "McKenzie", "iPhone"-like names
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The noun for a count: "case" for 1, "cases" otherwise (or the plural given). */
export function nounFor(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural;
}

/** A count with its noun: "1 case", "0 cases", "3 people". */
export function countOf(count: number, singular: string, plural?: string): string {
  return `${count} ${nounFor(count, singular, plural)}`;
}
