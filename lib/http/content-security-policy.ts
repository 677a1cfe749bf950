// The two Content-Security-Policies. Pages that show personal or health data are
// rendered per request and allow only scripts carrying that request's nonce (and
// what they load, 'strict-dynamic'). Public pages are prerendered, the same bytes
// for everyone, so they cannot carry a nonce: Next.js's inline hydration scripts
// need 'unsafe-inline' there. They show nothing about anyone, and the directives
// that stop framing, <base> and plugin tricks and form posts elsewhere hold on both.

/** Where personal or health data is shown or typed in by link: the strict policy, per-request rendering, no-store. */
export const PERSONAL_PREFIXES = [
  "/staff",
  "/appointments",
  "/intake",
  "/confirm-patient",
  "/waitlist/offers",
  "/waitlist/leave",
] as const;

export function isPersonalPath(pathname: string): boolean {
  return PERSONAL_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

interface PolicyOptions {
  /** `next dev` only: React rebuilds server error stacks with eval. */
  development: boolean;
  /** The site is served over HTTPS (SITE_URL): ask browsers to upgrade any http:// subresource. */
  https: boolean;
}

function policy(scripts: string, { development, https }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (charts, progress bars) carry no nonce; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Personal pages: this request's nonce and 'strict-dynamic', nothing else runs. */
export function strictPolicy(nonce: string, options: PolicyOptions): string {
  return policy(`'nonce-${nonce}' 'strict-dynamic'`, options);
}

/** Public, prerendered pages and every other response. */
export function publicPolicy(options: PolicyOptions): string {
  return policy("'self' 'unsafe-inline'", options);
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export const HSTS = "max-age=31536000; includeSubDomains";
