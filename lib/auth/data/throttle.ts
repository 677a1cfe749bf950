import "server-only";

import { createHash } from "node:crypto";

import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";

import { pool } from "@/lib/db";
import { isLimiterAnswer } from "@/lib/limits/limiter-answer";

// rate-limiter-flexible's pattern for login endpoints, in PostgreSQL (table
// login_throttle, created by a migration) so every app instance sees the same
// counts, on the app's one pool:
// - one account from one address: 5 consecutive failures block that pair for
//   15 minutes, so a stranger elsewhere cannot lock the owner out;
// - one address: 100 failures in a day block it for a day (a script spraying accounts);
// - one account, from anywhere: past 50 failures in a day the clinic's admins
//   are told, once, and the account is not locked (that would hand a lock-out to anyone).
const DAY_SECONDS = 24 * 60 * 60;
export const PAIR_LIMIT = 5;
export const PAIR_BLOCK_SECONDS = 15 * 60;
export const ADDRESS_DAILY_LIMIT = 100;
export const ACCOUNT_DAILY_ALERT = 50;

const globalForThrottle = globalThis as unknown as {
  strideThrottle?: Record<"pair" | "address" | "account" | "alerted", RateLimiterPostgres>;
};

function limiters() {
  if (!globalForThrottle.strideThrottle) {
    const common = { storeClient: pool, storeType: "pool", tableName: "login_throttle", tableCreated: true };
    globalForThrottle.strideThrottle = {
      pair: new RateLimiterPostgres({
        ...common,
        keyPrefix: "pair",
        points: PAIR_LIMIT,
        // Counted until a success, as the library's example does (90 days), so slow guessing still adds up.
        duration: 90 * DAY_SECONDS,
        blockDuration: PAIR_BLOCK_SECONDS,
      }),
      address: new RateLimiterPostgres({
        ...common,
        keyPrefix: "address-day",
        points: ADDRESS_DAILY_LIMIT,
        duration: DAY_SECONDS,
        blockDuration: DAY_SECONDS,
      }),
      account: new RateLimiterPostgres({
        ...common,
        keyPrefix: "account-day",
        points: ACCOUNT_DAILY_ALERT,
        duration: DAY_SECONDS,
      }),
      // One point a day: a success gives the account a point back, so it may pass the alert level again.
      alerted: new RateLimiterPostgres({ ...common, keyPrefix: "account-alerted", points: 1, duration: DAY_SECONDS }),
    };
  }
  return globalForThrottle.strideThrottle;
}

// The table never holds an e-mail address or an IP in the clear.
function key(...parts: string[]): string {
  return createHash("sha256")
    .update(parts.map((part) => part.trim().toLowerCase()).join("\n"))
    .digest("base64url");
}

/** Going over a limit rejects with a RateLimiterRes: that is an answer, not an error. */
async function consume(limiter: RateLimiterPostgres, id: string): Promise<{ allowed: boolean; res: RateLimiterRes }> {
  try {
    return { allowed: true, res: await limiter.consume(id) };
  } catch (error) {
    if (isLimiterAnswer(error)) return { allowed: false, res: error };
    throw error;
  }
}

export interface Attempt {
  /** Milliseconds until this account may be tried from this address again; 0 when the password may be checked. */
  waitMs: number;
  /** True for one attempt per day and account, the first past the daily alert level: tell the admins. */
  alertAdmins: boolean;
}

/**
 * Counts an attempt before its password is checked: each counter is one
 * atomic increment in PostgreSQL, so however many attempts race, at most
 * PAIR_LIMIT of them are let through to a password check. A success gives the
 * points back (signInSucceeded); a failure keeps them.
 */
export async function recordSignInAttempt(email: string, ip: string): Promise<Attempt> {
  const { pair, address, account, alerted } = limiters();
  const [byPair, byAddress, byAccount] = await Promise.all([
    consume(pair, key(email, ip)),
    consume(address, key(ip)),
    consume(account, key(email)),
  ]);
  const refused = [byPair, byAddress].filter((outcome) => !outcome.allowed);
  const alertAdmins = !byAccount.allowed && (await consume(alerted, key(email))).allowed;
  return {
    waitMs: refused.length ? Math.max(...refused.map((outcome) => outcome.res.msBeforeNext), 1) : 0,
    alertAdmins,
  };
}

/** The right password: the pair starts again from nothing, and the attempt was no failure for the address or the account. */
export async function signInSucceeded(email: string, ip: string): Promise<void> {
  const { pair, address, account } = limiters();
  await Promise.all([pair.delete(key(email, ip)), address.reward(key(ip)), account.reward(key(email))]);
}
