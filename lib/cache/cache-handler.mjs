// @ts-check
// Next.js's cache handler (next.config.ts `cacheHandler`): where regenerated pages and
// unstable_cache data are kept. Loaded by the server at run time, so plain JavaScript,
// and self-contained (the proxy's bundle includes it too). Two rules:
//
// 1. Every instance hears every change. Triggers on the tables that public pages, the
//    catalogue and free times are computed from (migration 1764900000000_cache_notify)
//    NOTIFY the `stride_cache` channel with the change's cache tag, whoever made it: an
//    instance, `npm run clinic`, or SQL typed by hand. Each server LISTENs and expires
//    that tag locally, so its next read goes to the database.
// 2. Nothing read before this server started, or before its listener last reconnected,
//    is believed. Entries live in this process's memory only, never in the build
//    folder, which may have been built against another database (a restore, a move, a
//    staging copy); and notifications sent while the listener was away are lost.
// README "Several instances" says why this and not a cache kept in PostgreSQL.
import { LRUCache } from "lru-cache";
import createSubscriber from "pg-listen";

export const CHANNEL = "stride_cache";
const TAGS_HEADER = "x-next-cache-tags";

// A read that began just before a change committed can be stored just after its
// notification arrived; expiring the tag once more a moment later drops that entry too.
const SETTLE_MS = 1_000;

/**
 * @typedef {{ value: unknown, lastModified: number, tags: string[], cacheControl?: unknown }} Entry
 * @typedef {{ notBefore: number, entries: LRUCache<string, Entry>, expiredAt: Map<string, number>,
 *             expire: (tags: string[]) => void }} CacheState
 */

/** @type {{ strideCache?: CacheState }} */
const shared = /** @type {any} */ (globalThis);

// One store and one listener per server process, shared by every copy of this module.
function state() {
  if (shared.strideCache) return shared.strideCache;
  /** @type {CacheState} */
  const cache = {
    notBefore: Date.now(),
    // Pages and catalogue reads: a few hundred entries at most; the bound is a safety net.
    entries: new LRUCache({ max: 5_000 }),
    expiredAt: new Map(),
    expire(tags) {
      const now = Date.now();
      for (const tag of tags) cache.expiredAt.set(tag, now);
      setTimeout(() => {
        const later = Date.now();
        for (const tag of tags) cache.expiredAt.set(tag, later);
      }, SETTLE_MS).unref();
    },
  };
  shared.strideCache = cache;
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (!building && process.env.DATABASE_URL) listen(cache, process.env.DATABASE_URL);
  return cache;
}

/**
 * @param {CacheState} cache
 * @param {string} connectionString
 */
function listen(cache, connectionString) {
  const subscriber = createSubscriber(
    { connectionString },
    {
      // Payloads are tag names, not JSON.
      parse: (payload) => payload,
      // A silently dropped connection is noticed within 5 s, and retried until it is back.
      paranoidChecking: 5_000,
      retryInterval: (attempt) => Math.min(250 * 2 ** attempt, 5_000),
      retryLimit: Infinity,
      retryTimeout: 0,
    },
  );
  subscriber.notifications.on(CHANNEL, (/** @type {string} */ payload) => cache.expire(payload.split(",")));
  // Back after a loss: whatever changed meanwhile was not heard, so nothing older is believed.
  subscriber.events.on("connected", () => {
    cache.notBefore = Date.now();
  });
  subscriber.events.on("error", (error) => console.error(`Cache listener: ${error.message}`));
  subscriber
    .connect()
    .then(() => subscriber.listenTo(CHANNEL))
    .then(() => {
      cache.notBefore = Date.now();
    })
    .catch((/** @type {Error} */ error) => {
      // The database is not up yet: try again shortly (pages meanwhile read it directly or fall back).
      console.error(`Cache listener not started yet (${error.message}); retrying in 5 s`);
      void subscriber.close().catch(() => {});
      setTimeout(() => listen(cache, connectionString), 5_000).unref();
    });
}

/** @param {unknown} value */
function tagsOfPage(value) {
  const headers = /** @type {{ headers?: Record<string, unknown> } | null} */ (value)?.headers;
  const tags = headers?.[TAGS_HEADER];
  return typeof tags === "string" ? tags.split(",") : [];
}

export default class StrideCacheHandler {
  constructor() {
    state();
  }

  /**
   * @param {string} key
   * @param {{ tags?: string[], softTags?: string[] }} [context]
   */
  async get(key, context) {
    const cache = state();
    const entry = cache.entries.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(context?.tags ?? []), ...(context?.softTags ?? [])];
    const expired = tags.some((tag) => (cache.expiredAt.get(tag) ?? -Infinity) >= entry.lastModified);
    if (expired || entry.lastModified < cache.notBefore) {
      cache.entries.delete(key);
      return null;
    }
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {unknown} value
   * @param {{ tags?: string[], cacheControl?: unknown }} [context]
   */
  async set(key, value, context) {
    const tags = [...(context?.tags ?? []), ...tagsOfPage(value)];
    state().entries.set(key, { value, lastModified: Date.now(), tags, cacheControl: context?.cacheControl });
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    state().expire(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
