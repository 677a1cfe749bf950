import { inject } from "vitest";

// lib/db.ts reads DATABASE_URL when first imported; point it at this run's database.
process.env.DATABASE_URL = inject("databaseUrl");
// lib/db.ts records the queries its pool runs only when asked (recordQueries: the query-count tests).
process.env.STRIDE_QUERY_EVENTS ??= "1";
// Seals queued e-mail and idempotent replies (lib/sealed-box.ts).
process.env.NEXTAUTH_SECRET ??= "vitest-only-secret";
// Mail retries and polling fast enough for a test to watch.
process.env.STRIDE_MAIL_RETRY_DELAY_SECONDS ??= "1";
process.env.STRIDE_MAIL_POLL_SECONDS ??= "0.5";
// Public limits (per address, per e-mail, per booking) are off for the suite, whose
// requests all come from one address; lib/booking/public-limits.test.ts turns them on.
process.env.STRIDE_RATE_LIMITS ??= "off";
