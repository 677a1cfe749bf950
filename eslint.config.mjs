import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Health data stays behind each domain's data module: only lib/db.ts and the
// data modules (lib/<domain>/data.ts, lib/<domain>/data/**, and the mail queue)
// reach the database, and only lib/db.ts opens connections (the one pool).
const prismaImports = {
  paths: [
    {
      name: "@/lib/db",
      message: "Only a domain's data module (lib/<domain>/data.ts, data/**, the mail queue) may use the database.",
    },
    { name: "@prisma/client", message: "Use the generated client through lib/db.ts." },
    { name: "@prisma/adapter-pg", message: "Only lib/db.ts configures the Prisma adapter." },
  ],
  patterns: [
    {
      group: ["**/generated/prisma", "**/generated/prisma/**"],
      message: "Only lib/db.ts and a domain's data module may import Prisma.",
    },
  ],
};
const pgImport = {
  name: "pg",
  message: "Only lib/db.ts opens connections: a data module uses its `pool` (or Prisma through `db`).",
};
const pgBossImport = { name: "pg-boss", message: "Only the mail queue (lib/mail/queue.ts) uses pg-boss." };
const appImports = { paths: [...prismaImports.paths, pgImport, pgBossImport], patterns: prismaImports.patterns };

// Pure domain logic (triage rules, intake vocabulary, the calendar, formatting, availability) must stay free
// of framework, database and auth code so it can be tested on its own.
const pureLogicImports = {
  paths: appImports.paths,
  patterns: [
    ...prismaImports.patterns,
    {
      group: ["next", "next/*", "next-auth", "next-auth/*", "react", "server-only"],
      message: "Pure logic imports no framework, database or auth code.",
    },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "no-restricted-imports": ["error", appImports],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // A form that React handles is still sent by the browser when it is used before the
    // page's JavaScript has run. Without a method that is a GET, which puts everything typed
    // (a patient's details, a password) in the address, the browser's history and server logs.
    files: ["app/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXOpeningElement[name.name='form']:not(:has(JSXAttribute[name.name=/^(method|action)$/]))",
          message: 'Give the form method="post" (or an action), so nothing typed ends up in a URL.',
        },
      ],
    },
  },
  {
    // Static public pages link with plain <a>: next/link would prefetch every link in view,
    // which costs a phone more main-thread time than loading the next static page does.
    files: ["app/_components/site-header.tsx", "app/(site)/page.tsx", "app/(site)/conditions/[[]slug]/page.tsx"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Data modules use Prisma and lib/db.ts's pool, but open no connection of their own.
    files: ["lib/*/data.ts", "lib/*/data/**"],
    rules: { "no-restricted-imports": ["error", { paths: [pgImport, pgBossImport] }] },
  },
  {
    // The mail domain's queue is its data module: pg-boss keeps the jobs in the
    // database, on lib/db.ts's pool.
    files: ["lib/mail/queue.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [pgImport], patterns: prismaImports.patterns }] },
  },
  {
    // Test helpers and end-to-end tests arrange data with plain pg connections,
    // never through the app's Prisma client or pool.
    files: ["test/**", "e2e/**"],
    rules: { "no-restricted-imports": ["error", prismaImports] },
  },
  {
    // Unrestricted: lib/db.ts; the database tooling (schema, seed, migrations,
    // scripts and benchmarks); the health check, which only asks lib/db.ts whether
    // the database answers; and unit tests, which arrange data, check what was
    // stored and count queries.
    files: ["lib/db.ts", "prisma/**", "scripts/**", "app/api/health/route.ts", "**/*.test.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: [
      "lib/triage/**/*.ts",
      "lib/intake/**/*.ts",
      "lib/calendar/**/*.ts",
      "lib/booking/blocked-window.ts",
      "lib/booking/format.ts",
      "lib/booking/errors.ts",
      "lib/booking/availability.ts",
      "lib/booking/working-hours.ts",
      "lib/booking/pick-therapist.ts",
      "lib/waitlist/match.ts",
      "lib/fhir/questionnaire.ts",
      "lib/fhir/questionnaire-response.ts",
      "lib/fhir/case-bundle.ts",
      "lib/messages/plan.ts",
    ],
    // The intake's data module and its server-side service are not pure logic.
    ignores: ["lib/intake/data.ts", "lib/intake/intake.ts", "lib/intake/consent.ts"],
    rules: { "no-restricted-imports": ["error", pureLogicImports] },
  },
  globalIgnores([
    ".next/**",
    ".next-e2e*/**",
    ".next-bench/**",
    ".next-bench-staff/**",
    ".next-bench-instances*/**",
    ".next-lighthouse*/**",
    "lib/generated/**",
    "node_modules/**",
    ".data/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
