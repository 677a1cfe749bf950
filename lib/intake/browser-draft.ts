/**
 * The copy of a questionnaire draft kept in the patient's browser after each step,
 * with when the browser saved it, so a save that never reached the server is not lost.
 */
export interface BrowserDraft {
  answers: Record<string, unknown>;
  step: string;
  /** Epoch milliseconds; absent in copies kept before the time was recorded. */
  savedAt?: number;
}

/** A copy to store, stamped with the browser's time now. */
export function storedBrowserDraft(answers: Record<string, unknown>, step: string, savedAt = Date.now()): string {
  return JSON.stringify({ answers, step, savedAt } satisfies BrowserDraft);
}

/** The browser's copy as stored, or null when there is none or it cannot be read. */
export function readBrowserDraft(stored: string | null): BrowserDraft | null {
  if (!stored) return null;
  try {
    const draft = JSON.parse(stored) as Partial<BrowserDraft> | null;
    if (typeof draft !== "object" || draft === null || typeof draft.step !== "string") return null;
    if (typeof draft.answers !== "object" || draft.answers === null) return null;
    const savedAt = typeof draft.savedAt === "number" ? draft.savedAt : undefined;
    return { answers: draft.answers, step: draft.step, savedAt };
  } catch {
    return null;
  }
}

/**
 * Whether the browser's copy should replace the server's draft: only when it is
 * newer. The server's is newer when the patient went on on another device (or in
 * another browser) after this one; a browser copy with no time loses to any
 * server draft, and any browser copy wins when the server has none.
 */
export function browserDraftWins(browser: BrowserDraft | null, serverSavedAt: number | null): browser is BrowserDraft {
  if (!browser) return false;
  if (serverSavedAt === null) return true;
  return browser.savedAt !== undefined && browser.savedAt > serverSavedAt;
}
