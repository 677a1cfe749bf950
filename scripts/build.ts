import { buildProduction } from "./lib/build-stamp";
import { runCli } from "./lib/cli";

// `npm run build`: the production build that `npm start` serves, with a note of
// what it was built from (so `npm start` knows when it must rebuild).
runCli(async () => {
  await buildProduction(".next", { NEXT_TELEMETRY_DISABLED: "1", ...process.env });
});
