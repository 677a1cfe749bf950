import { type NextRequest, NextResponse } from "next/server";

// Only a convenience redirect for visitors with no session cookie at all. It
// decides nothing: every staff page, action, route handler and data function
// checks the session against the database itself (lib/auth/require-staff.ts).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/staff/login", request.url);
  login.searchParams.set("next", request.nextUrl.pathname);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/staff", "/staff/((?!login$).*)"],
};
