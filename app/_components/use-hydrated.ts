"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs in the browser.
 * Forms mark themselves with it (`data-hydrated`), so a test knows when their scripts run:
 * only then do they check what is typed and send it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
