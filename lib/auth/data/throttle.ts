import "server-only";

import { createHash } from "node:crypto";

import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

import { pool } from "@/lib/db";

// Failed sign-ins are counted in PostgreSQL (table login_throttle, created by a
// migration) so every app instance sees the same counts. On the app's one pool,
// whose error listener keeps a dropped idle connection from crashing the process.
const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 20;

const globalForThrottle = globalThis as unknown as {
  strideThrottle?: { account: RateLimiterPostgres; address: RateLimiterPostgres };
};

function limiters() {
  if (!globalForThrottle.strideThrottle) {
    const common = {
      storeClient: pool,
      storeType: "pool",
      tableName: "login_throttle",
      tableCreated: true,
      duration: WINDOW_SECONDS,
    };
    globalForThrottle.strideThrottle = {
      account: new RateLimiterPostgres({ ...common, keyPrefix: "account", points: ACCOUNT_LIMIT }),
      address: new RateLimiterPostgres({ ...common, keyPrefix: "address", points: ADDRESS_LIMIT }),
    };
  }
  return globalForThrottle.strideThrottle;
}

// The table never holds an e-mail address or an IP in the clear.
function key(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase()).digest("base64url");
}

/** Milliseconds until sign-in may be tried again, or 0 when it may be tried now. */
export async function signInWait(email: string, ip: string): Promise<number> {
  const { account, address } = limiters();
  const [byAccount, byAddress] = await Promise.all([account.get(key(email)), address.get(key(ip))]);
  const waits = [
    byAccount && byAccount.consumedPoints >= ACCOUNT_LIMIT ? byAccount.msBeforeNext : 0,
    byAddress && byAddress.consumedPoints >= ADDRESS_LIMIT ? byAddress.msBeforeNext : 0,
  ];
  return Math.max(...waits);
}

/** Counts one failed attempt against the account and the address. */
export async function recordSignInFailure(email: string, ip: string): Promise<void> {
  const { account, address } = limiters();
  await Promise.all(
    [account.consume(key(email)), address.consume(key(ip))].map((p) =>
      // Going over the limit rejects with a RateLimiterRes: that is the count we wanted, not an error.
      p.catch((error: unknown) => {
        if (!(error instanceof RateLimiterRes)) throw error;
      }),
    ),
  );
}

/** A successful sign-in clears the account's failures (the address keeps its count). */
export async function clearAccountFailures(email: string): Promise<void> {
  await limiters().account.delete(key(email));
}
