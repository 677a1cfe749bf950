import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { siteUrl } from "@/lib/clinic/site-url";

import { ABSOLUTE_HOURS, endStaffSession } from "./data/sessions";
import { requestMeta } from "./request-meta";
import { signIn, SignInRefused } from "./sign-in";

export const authOptions: NextAuthOptions = {
  pages: { signIn: "/staff/login", error: "/staff/login" },
  // The JWT's own lifetime is the absolute limit; the idle limit and revocation
  // are checked against the database on every request (lib/auth/require-staff.ts).
  session: { strategy: "jwt", maxAge: ABSOLUTE_HOURS * 60 * 60, updateAge: 0 },
  jwt: { maxAge: ABSOLUTE_HOURS * 60 * 60 },
  // next-auth sets HttpOnly and SameSite=Lax; Secure (with the __Secure- prefix) whenever the site is served over HTTPS.
  useSecureCookies: siteUrl().protocol === "https:",
  providers: [
    CredentialsProvider({
      name: "Stride staff",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await signIn(credentials, requestMeta(req.headers ?? {}));
          return { id: user.id, role: user.role, sessionVersion: user.sessionVersion, sessionId: user.sessionId };
        } catch (error) {
          // The message reaches the sign-in form; only our own messages are shown.
          if (error instanceof SignInRefused) throw new Error(error.message);
          throw new Error("Signing in is not available right now. Please try again in a minute.");
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
      }
      return token;
    },
    // The browser needs nothing from the session but that it exists.
    session({ session }) {
      return { expires: session.expires };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid && token.uid) await endStaffSession(token.sid, token.uid);
    },
  },
};
