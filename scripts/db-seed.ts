import { seed } from "../prisma/seed";
import { runCli } from "./lib/cli";
import { openDatabase } from "./lib/local-database";
import { migrate } from "./lib/migrate";

runCli(async () => {
  const database = await openDatabase();
  try {
    await migrate(database.url);
    await seed(database.url);
    console.log(
      "✔ Demo data is in place: the demo clinic, its services and therapists, and sample bookings with questionnaires",
    );
  } finally {
    await database.close();
  }
});
