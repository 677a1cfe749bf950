"use client";

import { useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/**
 * False in the server's HTML and during hydration, true once React runs in the browser.
 * Forms mark themselves with it (`data-hydrated`): react-hook-form fills a registered field
 * only on hydration, so anything typed before then is replaced.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
