// Runs `prisma generate` on install, offline.
// The Prisma CLI wants a native schema engine that it downloads on demand; that
// download is impossible on machines without internet access. `generate` never
// executes the engine, so when none is configured we point the CLI at a stub.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const stub = fileURLToPath(new URL("../prisma/engine-stub/schema-engine", import.meta.url));
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
