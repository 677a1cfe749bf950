import { RateLimiterRes } from "rate-limiter-flexible";

/**
 * Over a limit, rate-limiter-flexible's consume() rejects with a RateLimiterRes: an answer,
 * not an error. Tested by its shape too: a server action's bundle can hold its own copy of
 * the class, so instanceof alone fails there.
 */
export const isLimiterAnswer = (error: unknown): error is RateLimiterRes =>
  error instanceof RateLimiterRes ||
  (typeof error === "object" && error !== null && typeof (error as RateLimiterRes).msBeforeNext === "number");
