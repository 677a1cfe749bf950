import { defineConfig } from "prisma/config";

// Prisma's CLI is used only for `prisma generate`. The runtime connects through
// @prisma/adapter-pg (lib/db.ts), and migrations are plain SQL applied by
// node-pg-migrate (scripts/db-migrate.ts), so no URL is needed here.
export default defineConfig({
  schema: "prisma/schema.prisma",
});
