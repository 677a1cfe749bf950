import { seed } from "../prisma/seed";
import { printLogins, runCli } from "./lib/cli";
import { openDatabase } from "./lib/local-database";
import { migrate } from "./lib/migrate";

runCli(async () => {
  const database = await openDatabase();
  try {
    await migrate(database.url);
    const summary = await seed(database.url);
    console.log("✔ Demo data is in place");
    printLogins(summary.logins);
  } finally {
    await database.close();
  }
});
