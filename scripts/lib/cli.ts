import { SetupError } from "./database-url";

/** Runs a CLI entry point; setup problems print one line and exit 1, never a stack trace. */
export function runCli(main: () => Promise<void>): void {
  if (process.env.NODE_ENV !== "test") loadDotEnv();
  main().catch((error: unknown) => {
    if (error instanceof SetupError) console.error(`✖ ${error.message}`);
    else console.error(error);
    process.exit(1);
  });
}

function loadDotEnv() {
  try {
    process.loadEnvFile(".env");
  } catch {
    // No .env file: the environment alone configures Stride.
  }
}
