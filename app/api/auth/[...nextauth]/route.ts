import NextAuth from "next-auth";

import { authOptions } from "@/lib/auth/options";

const nextAuth = NextAuth(authOptions);

/**
 * next-auth's own routes. The credentials callback is only ever posted by the
 * sign-in form; next-auth answers a GET of it with a 500 (it has no such callback),
 * so that is refused here with a 405 instead.
 */
async function GET(request: Request, context: RouteContext<"/api/auth/[...nextauth]">) {
  const { nextauth } = await context.params;
  if (nextauth[0] === "callback" && nextauth[1] === "credentials") {
    return Response.json(
      { error: "method_not_allowed", message: "Sign in from the sign-in page" },
      { status: 405, headers: { Allow: "POST", "Cache-Control": "no-store" } },
    );
  }
  return nextAuth(request, context);
}

export { GET, nextAuth as POST };
