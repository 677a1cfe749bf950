import { runCli } from "./lib/cli";
import { openDatabase } from "./lib/local-database";
import { migrate } from "./lib/migrate";

runCli(async () => {
  const database = await openDatabase();
  try {
    const applied = await migrate(database.url, (line) => console.log(line));
    console.log(applied.length ? `✔ ${applied.length} migration(s) applied` : "✔ Database is up to date");
  } finally {
    await database.close();
  }
});
