import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // The e2e tests build into their own folder so they never replace (or bake
  // their throwaway address into) the build that `npm start` serves.
  distDir: process.env.STRIDE_DIST_DIR || ".next",
  // The Docker image builds the self-contained server; `npm start` uses `next start`,
  // which does not serve standalone output.
  output: process.env.NEXT_OUTPUT_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
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
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
