import { type NextRequest, NextResponse } from "next/server";

// Only a convenience redirect for visitors with no session cookie at all. It
// decides nothing: every staff page, action, route handler and data function
// checks the session against the database itself (lib/auth/require-staff.ts).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/staff/login", request.url);
  login.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

// Not the staff data routes (/staff/api/…): a fetch has no use for a redirect it
// could not show, and the route's own requireStaff answers it anyway.
export const config = {
  matcher: ["/staff", "/staff/((?!login$|api/).*)"],
};
