"use client";

import { useCallback, useEffect, useRef } from "react";

import { parseStep, stepHref, type Step } from "@/lib/intake/steps";

const stepInAddress = () => parseStep(new URLSearchParams(window.location.search).get("step"));

/**
 * Each step has its own address (?step=C) and history entry, so the browser's Back and
 * Forward move between steps and a reload opens the step on screen. Written with the
 * History API, which Next.js keeps its router in step with (no request to the server).
 * An entry with no step (the link as sent) is the step the page opened on.
 */
export function useStepAddress(opened: Step, settled: boolean, onTraverse: (step: Step) => void) {
  const openedStep = useRef(opened);
  const traverse = useRef(onTraverse);
  useEffect(() => {
    openedStep.current = opened;
    traverse.current = onTraverse;
  });

  // The address names the step the page opened on, corrected when it asked for one further than
  // the answers allow. After Next.js has set up its history handling (its effects run after this one).
  useEffect(() => {
    if (settled) return;
    const timer = setTimeout(() => {
      if (stepInAddress() !== opened) window.history.replaceState(null, "", stepHref(opened));
    }, 0);
    return () => clearTimeout(timer);
  }, [opened, settled]);

  useEffect(() => {
    const onPop = () => traverse.current(stepInAddress() ?? openedStep.current);
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  return useCallback((step: Step) => {
    if (stepInAddress() !== step) window.history.pushState(null, "", stepHref(step));
  }, []);
}
