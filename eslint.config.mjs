import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Health data stays behind each domain's data module: only lib/db.ts and the
// data modules (plus tooling under prisma/ and scripts/) may touch Prisma.
const prismaImports = {
  paths: [
    { name: "@/lib/db", message: "Only a domain's data module (lib/<domain>/data.ts) may use the database." },
    { name: "@prisma/client", message: "Use the generated client through lib/db.ts." },
    { name: "@prisma/adapter-pg", message: "Only lib/db.ts configures the Prisma adapter." },
  ],
  patterns: [
    {
      group: ["**/generated/prisma", "**/generated/prisma/**"],
      message: "Only lib/db.ts and lib/<domain>/data.ts may import Prisma.",
    },
  ],
};

// Pure domain logic (triage rules, intake vocabulary, the calendar, formatting, availability) must stay free
// of framework, database and auth code so it can be tested on its own.
const pureLogicImports = {
  paths: prismaImports.paths,
  patterns: [
    ...prismaImports.patterns,
    { group: ["next", "next/*", "next-auth", "next-auth/*", "react", "server-only"], message: "Pure logic imports no framework, database or auth code." },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "no-restricted-imports": ["error", prismaImports],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "lib/db.ts",
      "lib/*/data.ts",
      "lib/*/data/**",
      "prisma/**",
      "scripts/**",
      "app/api/health/route.ts",
      // Tests arrange data and check what was stored (and count queries).
      "**/*.test.ts",
    ],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: [
      "lib/triage/**/*.ts",
      "lib/intake/**/*.ts",
      "lib/calendar/**/*.ts",
      "lib/booking/format.ts",
      "lib/booking/errors.ts",
      "lib/booking/availability.ts",
      "lib/booking/working-hours.ts",
      "lib/booking/pick-therapist.ts",
    ],
    // The intake's data module and its server-side service are not pure logic.
    ignores: ["lib/intake/data.ts", "lib/intake/intake.ts"],
    rules: { "no-restricted-imports": ["error", pureLogicImports] },
  },
  globalIgnores([".next/**", ".next-e2e*/**", ".next-bench/**", ".next-bench-staff/**", "lib/generated/**", "node_modules/**", ".data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
