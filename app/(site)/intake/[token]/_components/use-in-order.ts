"use client";

import { useCallback, useRef } from "react";

/**
 * Runs tasks one at a time, in the order they were asked for: a quick Back then
 * Forward must leave the clinic's copy on the later step, not on whichever save
 * happened to finish last.
 */
export function useInOrder() {
  const last = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const turn = last.current.then(task);
    last.current = turn.catch(() => undefined);
    return turn;
  }, []);
}
