import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const NEXT_BIN = path.resolve(import.meta.dirname, "../../node_modules/.bin/next");

/**
 * Runs a Next.js command in its own process group, so stopping it stops
 * next-server too (killing only the CLI leaves the server holding the port).
 * NEXT_MANUAL_SIG_HANDLE leaves SIGTERM to Stride's drain (lib/server/graceful-stop.ts).
 */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(NEXT_BIN, args, { env: { NEXT_MANUAL_SIG_HANDLE: "true", ...env }, stdio: "inherit", detached: true });
}

/** Runs a Next.js command (such as `build`) to completion and returns its exit code. */
export async function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const child = spawnNext(args, env);
  return new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

/** SIGTERM to the group, then SIGKILL after `graceMs`: long enough for a server's drain (10 s) and its job worker. */
export async function stopProcessGroup(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  signalGroup("SIGKILL");
}

/** Polls /api/health until the server answers 200, or throws after the timeout. */
export async function waitForHealthy(baseUrl: string, child: ChildProcess, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Next.js exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${baseUrl} did not become healthy within ${timeoutMs / 1000}s`);
}
