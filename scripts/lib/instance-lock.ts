import { readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

import { SetupError } from "./database-url";

const LOCK_FILE = path.resolve(import.meta.dirname, "../../.data/stride.lock.json");

interface LockContents {
  pid: number;
  url?: string;
  /** Lets `npm run clinic` reach the running instance's (possibly embedded) database. */
  databaseUrl?: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * One Stride per folder: a second `npm run dev` would fight the first over the
 * embedded database and the port. The lock names the running instance's address.
 */
export function acquireInstanceLock(): { setUrl: (url: string, databaseUrl: string) => void; release: () => void } {
  mkdirSync(path.dirname(LOCK_FILE), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(LOCK_FILE, JSON.stringify({ pid: process.pid } satisfies LockContents), {
        flag: "wx",
        mode: 0o600,
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock();
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new SetupError(
          holder.url
            ? `Stride is already running at ${holder.url} (process ${holder.pid}). Stop it with Ctrl-C first, or open that address.`
            : `Stride is already starting in this folder (process ${holder.pid}). Wait for it, or stop it with Ctrl-C.`,
        );
      }
      rmSync(LOCK_FILE, { force: true }); // left by a run that was killed
    }
  }
  return {
    setUrl: (url, databaseUrl) =>
      writeFileSync(LOCK_FILE, JSON.stringify({ pid: process.pid, url, databaseUrl } satisfies LockContents), {
        mode: 0o600,
      }),
    release: () => {
      if (readLock()?.pid === process.pid) rmSync(LOCK_FILE, { force: true });
    },
  };
}

/** The Stride running from this folder, if any. */
export function runningInstance(): LockContents | undefined {
  const holder = readLock();
  return holder && isAlive(holder.pid) ? holder : undefined;
}

function readLock(): LockContents | undefined {
  try {
    return JSON.parse(readFileSync(LOCK_FILE, "utf8")) as LockContents;
  } catch {
    return undefined;
  }
}
