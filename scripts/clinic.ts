import { parseArgs } from "node:util";

import pg from "pg";

import { clinicSettingsSchema } from "../lib/clinic/settings-schema";
import { runCli } from "./lib/cli";
import { SetupError } from "./lib/database-url";
import { runningInstance } from "./lib/instance-lock";
import { openDatabase } from "./lib/local-database";
import { refreshRunningApp } from "./lib/refresh-app";
import { localAuthSecret } from "./lib/secret";

// `npm run clinic` shows the clinic's details; `npm run clinic -- --phone "…"`
// changes them, and a running Stride shows the change on every page at once.
const { values } = parseArgs({
  options: {
    name: { type: "string" },
    phone: { type: "string" },
    email: { type: "string" },
    address: { type: "string" },
    "time-zone": { type: "string" },
  },
});

runCli(async () => {
  const running = runningInstance();
  const database = running?.databaseUrl ? undefined : await openDatabase();
  const client = new pg.Client({ connectionString: running?.databaseUrl ?? database!.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT name, phone, email, address, time_zone AS "timeZone" FROM clinic_settings WHERE id = 1`,
    );
    if (!rows[0]) throw new SetupError("The clinic has no details yet: start Stride once (npm run dev) to fill them.");
    const changes = Object.fromEntries(
      Object.entries({ ...values, timeZone: values["time-zone"], "time-zone": undefined }).filter(
        ([, v]) => v !== undefined,
      ),
    );
    if (Object.keys(changes).length === 0) {
      console.log(JSON.stringify(rows[0], null, 2));
      return;
    }
    const parsed = clinicSettingsSchema.safeParse({ ...rows[0], ...changes });
    if (!parsed.success) {
      const lines = parsed.error.issues.map(
        (issue) => `--${String(issue.path[0]).replace("timeZone", "time-zone")}: ${issue.message}`,
      );
      throw new SetupError(lines.join("\n  "));
    }
    const s = parsed.data;
    await client.query(
      "UPDATE clinic_settings SET name = $1, phone = $2, email = $3, address = $4, time_zone = $5, updated_at = now() WHERE id = 1",
      [s.name, s.phone, s.email, s.address, s.timeZone],
    );
    console.log("✔ Saved the clinic's details");
    if (running?.url) {
      const secret = process.env.NEXTAUTH_SECRET ?? localAuthSecret();
      const ok = await refreshRunningApp(running.url, secret);
      console.log(
        ok
          ? `  Every page at ${running.url} shows them now.`
          : `  Could not reach ${running.url}: pages show them within the hour, or at the next start.`,
      );
    } else {
      console.log("  Pages show them from the next start.");
    }
  } finally {
    await client.end();
    await database?.close();
  }
});
