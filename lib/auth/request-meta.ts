export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

type HeaderSource = Pick<Headers, "get"> | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | null {
  if (typeof (source as Headers).get === "function") return (source as Headers).get(name);
  const value = (source as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(",") : (value ?? null);
}

/**
 * Who is calling, for the audit trail and the per-address sign-in limit. The
 * right-most X-Forwarded-For entry is the one the nearest proxy (or Next.js
 * itself) wrote; entries to its left are whatever the client claimed.
 */
export function requestMeta(source: HeaderSource): RequestMeta {
  const forwarded = header(source, "x-forwarded-for");
  const ip =
    forwarded
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1) ?? null;
  const userAgent = header(source, "user-agent");
  return { ip: ip?.slice(0, 64) ?? null, userAgent: userAgent?.slice(0, 300) ?? null };
}
