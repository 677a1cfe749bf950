import { type NextRequest, NextResponse } from "next/server";

import { siteUrl } from "@/lib/clinic/site-url";
import { declaresTooMuch, readLimitedText, tooLargeResponse } from "@/lib/http/body-limit";
import { isPersonalPath, newNonce, strictPolicy } from "@/lib/http/content-security-policy";
import { isPlainActionBody } from "@/lib/http/server-action-body";

// Three jobs, none of them a decision about who may see what (every staff page,
// action, route handler and data function checks the session against the database
// itself, lib/auth/require-staff.ts):
// 1. a body over 16 KB is refused before anything parses it, and a server action's
//    body that no page of this app sends is refused before Next.js decodes it;
// 2. personal pages get a fresh nonce and the strict Content-Security-Policy
//    (public pages get theirs from next.config.ts);
// 3. a convenience redirect to the sign-in page for visitors with no session cookie.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

const badAction = () =>
  Response.json(
    { error: "bad_request", message: "Not a call this site's pages make" },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );

/** A 413 or 400 for a body that must not reach the app; null to let it through. */
async function refuseBody(request: NextRequest): Promise<Response | null> {
  if (request.method === "GET" || request.method === "HEAD") return null;
  if (declaresTooMuch(request.headers)) return tooLargeResponse();
  // What the proxy reads is Next.js's copy of the body, capped just over the limit
  // (proxyClientMaxBodySize in next.config.ts): a chunked body is counted here too.
  const text = await readLimitedText(request.body);
  if (text === null) return tooLargeResponse();
  // A form whose action is a server action (the manage page's, the link-my-visits button)
  // sends its fields as multipart form data once hydrated; Next.js decodes that itself.
  const formPost = request.headers.get("content-type")?.startsWith("multipart/form-data") ?? false;
  if (request.headers.has("next-action") && !formPost && !isPlainActionBody(text)) return badAction();
  return null;
}

/** Staff pages (not the sign-in page, not the data routes, which answer for themselves). */
function needsSignInRedirect(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (pathname !== "/staff" && !pathname.startsWith("/staff/")) return false;
  if (pathname === "/staff/login" || pathname.startsWith("/staff/api/")) return false;
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  return !SESSION_COOKIES.some((name) => request.cookies.has(name));
}

export async function proxy(request: NextRequest) {
  const refused = await refuseBody(request);
  if (refused) return refused;
  if (!isPersonalPath(request.nextUrl.pathname)) return NextResponse.next();

  const policy = strictPolicy(newNonce(), {
    development: process.env.NODE_ENV === "development",
    https: siteUrl().protocol === "https:",
  });
  let response: NextResponse;
  if (needsSignInRedirect(request)) {
    const login = new URL("/staff/login", request.url);
    login.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    response = NextResponse.redirect(login);
  } else {
    // Next.js reads the nonce from the request's policy and puts it on every script it renders.
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  // Everything but the build's own files and the icons: any path can be posted to.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|apple-icon\\.png).*)"],
};
