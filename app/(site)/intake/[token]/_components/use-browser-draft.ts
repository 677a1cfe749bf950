"use client";

import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

import { storedBrowserDraft } from "@/lib/intake/browser-draft";

// What this browser held when the page opened, read once per page (a later write is
// this page's own, not something to restore).
const firstReads = new Map<string, string | null>();
const readOnce = (key: string) => {
  if (!firstReads.has(key)) firstReads.set(key, localStorage.getItem(key));
  return firstReads.get(key) ?? null;
};
const subscribeNever = () => () => {};

/** How long typing may pause before the copy is rewritten; leaving the page writes at once. */
const KEEP_AFTER_MS = 400;

/** What this browser's copy of the draft held when the page opened; null while rendering on the server. */
export function useBrowserDraftAtOpen(storageKey: string): string | null {
  useEffect(() => () => void firstReads.delete(storageKey), [storageKey]);
  return useSyncExternalStore(
    subscribeNever,
    () => readOnce(storageKey),
    () => null,
  );
}

/**
 * Keeps the draft in this browser: every change of an answer as it is made (with the
 * step it was made on), so a reload or a dropped connection loses nothing typed, not
 * only what was sent with Next. `keep` writes at once (on a change of step).
 */
export function useBrowserDraft<T extends FieldValues>(storageKey: string, form: UseFormReturn<T>, step: string) {
  const stepNow = useRef(step);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const done = useRef(false);

  const keep = useCallback(
    (answers: T, atStep: string) => {
      clearTimeout(pending.current);
      pending.current = undefined;
      if (!done.current) localStorage.setItem(storageKey, storedBrowserDraft(answers, atStep));
    },
    [storageKey],
  );
  /** After sending: nothing more to keep. */
  const forget = useCallback(() => {
    clearTimeout(pending.current);
    done.current = true;
    localStorage.removeItem(storageKey);
  }, [storageKey]);

  useEffect(() => {
    stepNow.current = step;
  }, [step]);

  useEffect(() => {
    const flush = () => {
      if (pending.current !== undefined) keep(form.getValues(), stepNow.current);
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    // A reset (restoring a copy) has no field name: only the patient's own changes are kept.
    const watching = form.watch((_values, { name }) => {
      if (!name) return;
      clearTimeout(pending.current);
      pending.current = setTimeout(flush, KEEP_AFTER_MS);
    });
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      flush();
      watching.unsubscribe();
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [form, keep]);

  return { keep, forget };
}
