import pg from "pg";

/** Thrown for problems a user can fix; the CLI prints only the message. */
export class SetupError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export const MISSING_DATABASE = "3D000";

// invalid_password, and invalid_authorization_specification (an unknown role,
// or pg_hba.conf turning the user away): the server is there, the login is wrong.
const AUTH_FAILURES = new Set(["28P01", "28000"]);

/** "host:port" of a connection URL, without credentials, for messages. */
export function describeHost(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname || "localhost"}:${parsed.port || "5432"}`;
}

export function parseDatabaseUrl(raw: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new SetupError("DATABASE_URL is not a valid URL. Expected postgresql://user:password@host:5432/database");
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new SetupError(`DATABASE_URL must start with postgresql:// (it starts with ${parsed.protocol}//)`);
  }
  if (!parsed.pathname || parsed.pathname === "/") {
    throw new SetupError("DATABASE_URL names no database. Add one: postgresql://…@host:5432/stride");
  }
  return parsed;
}

/** Connects once to prove the server answers, and turns failures into one clear line. */
export async function assertReachable(url: string, timeoutMs = 5000): Promise<void> {
  parseDatabaseUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = (code ? `${code}: ${(error as Error).message}` : (error as Error).message).split("\n")[0];
    if (code && AUTH_FAILURES.has(code)) {
      const user = decodeURIComponent(new URL(url).username) || "(none)";
      throw new SetupError(
        `DATABASE_URL: PostgreSQL at ${describeHost(url)} answered but refused user "${user}" (${reason}). ` +
          `Check the user name and password in DATABASE_URL.`,
        code,
      );
    }
    if (code === MISSING_DATABASE) {
      throw new SetupError(`DATABASE_URL: PostgreSQL at ${describeHost(url)} has no such database (${reason})`, code);
    }
    throw new SetupError(`DATABASE_URL: cannot reach PostgreSQL at ${describeHost(url)} (${reason})`, code);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The same URL pointing at another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
