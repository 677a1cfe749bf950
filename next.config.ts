import path from "node:path";

import type { NextConfig } from "next";

import { siteUrl } from "./lib/clinic/site-url";
import { BODY_LIMIT_BYTES } from "./lib/http/body-limit";
import { HSTS, PERSONAL_PREFIXES, publicPolicy } from "./lib/http/content-security-policy";

const https = siteUrl().protocol === "https:";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Only when the site is served over HTTPS: on http://localhost it would pin the name to HTTPS.
  ...(https ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
];

// Every path but the personal ones, whose strict policy with a per-request nonce proxy.ts sets.
const publicPaths = `/((?!(?:${PERSONAL_PREFIXES.map((p) => p.slice(1)).join("|")})(?:/|$)).*)`;
const publicCsp = {
  key: "Content-Security-Policy",
  value: publicPolicy({ development: process.env.NODE_ENV === "development", https }),
};

const nextConfig: NextConfig = {
  // The e2e tests build into their own folder so they never replace (or bake
  // their throwaway address into) the build that `npm start` serves.
  distDir: process.env.STRIDE_DIST_DIR || ".next",
  // The Docker image builds the self-contained server; `npm start` uses `next start`,
  // which does not serve standalone output.
  output: process.env.NEXT_OUTPUT_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
  // `npm test` type-checks the whole project before its e2e build, which need not do it again.
  typescript: { ignoreBuildErrors: process.env.STRIDE_SKIP_BUILD_TYPECHECK === "1" },
  // Next.js's own cache, plus: every instance expires what a change in the database
  // touched (LISTEN stride_cache), and believes nothing cached before it started.
  cacheHandler: path.resolve("lib/cache/cache-handler.mjs"),
  // No personal data in the terminal, in development as in production. `next dev` would
  // print every server function's arguments (a patient's name, e-mail, phone, answers),
  // and every request's address, which for a booking's private links is the key to them.
  logging: {
    serverFunctions: false,
    incomingRequests: { ignore: [/^\/(appointments|intake|confirm-patient)\//] },
  },
  // Pages read content/ when they are regenerated at run time, not only at build.
  outputFileTracingIncludes: { "/*": ["./content/**/*", "./lib/auth/common-passwords.txt"] },
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "pg-listen"],
  experimental: {
    // Off for the throwaway builds of tests and benchmarks (scripts/lib/build-stamp.ts).
    turbopackFileSystemCacheForBuild: process.env.STRIDE_BUILD_CACHE !== "off",
    // proxy.ts counts a body without a Content-Length (chunked) in Next.js's copy of
    // it. That copy stops before the chunk that would pass this cap (a chunk read from
    // the socket is at most 64 KB), so the cap must exceed the limit by a whole chunk
    // for the proxy to see the limit passed; past the cap nothing more is kept.
    proxyClientMaxBodySize: 128 * 1024,
    // The same limit for server actions (Next.js's own check, behind the proxy's).
    serverActions: { bodySizeLimit: BODY_LIMIT_BYTES },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: publicPaths, headers: [publicCsp] },
    ];
  },
};

export default nextConfig;
