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

/** Runs `stop` once, on the first of Ctrl-C, SIGTERM or a closed terminal, and exits with its code. */
export function onStopSignal(stop: () => Promise<void>): (code: number) => Promise<void> {
  let stopping = false;
  const once = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void once(0));
  return once;
}

function loadDotEnv() {
  try {
    process.loadEnvFile(".env");
  } catch {
    // No .env file: the environment alone configures Stride.
  }
}
