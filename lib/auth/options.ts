import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { clientIp } from "@/lib/http/client-ip";
import { log } from "@/lib/observability/logger";
import { isRole } from "./roles";
import { safeNext } from "./safe-next";
import { liveSession, revokeSession, startUserSession } from "./user-sessions";
import { verifyCredentials } from "./verify-credentials";

const credentials = z.object({
  email: z
    .string()
    .trim()
    .max(254, "Enter a valid email address")
    .email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(200),
});

/** Thrown by the jwt callback for a cookie whose server-side session has ended. */
class SessionEnded extends Error {
  constructor() {
    super("The session has ended");
  }
}

// Sessions are JWTs carrying the user's id, role and server-side session id (user-sessions.ts).
// Every server check reads that session and its user, so sign-out, deactivation, a role change
// or a password reset take effect at once, and no renewal outlives SESSION_MAX_HOURS.
export const authOptions: NextAuthOptions = {
  session: {
    strategy: "jwt",
    // A getter: `next build` loads this module without the environment.
    get maxAge() {
      return env().SESSION_MAX_HOURS * 60 * 60;
    },
  },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Invalid sign-in");
        const client = clientIp(new Headers(req.headers as Record<string, string> | undefined));
        try {
          const user = await verifyCredentials({ ...parsed.data, client });
          return { id: user.id, email: user.email, name: user.name, role: user.role };
        } catch (error) {
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    // At sign-in a server-side session starts; on every renewal (GET /api/auth/session) it must
    // still be live, or next-auth clears the cookie.
    async jwt({ token, user }) {
      if (user) {
        return {
          ...token,
          role: "role" in user && isRole(user.role) ? user.role : undefined,
          sid: await startUserSession(user.id),
        };
      }
      if (!token.sub || !token.sid || !(await liveSession(token.sid, token.sub))) {
        throw new SessionEnded();
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = isRole(token.role) ? token.role : undefined;
      }
      return session;
    },
    redirect({ url, baseUrl }) {
      const target = url.startsWith("/")
        ? url
        : url.startsWith(`${baseUrl}/`)
          ? url.slice(baseUrl.length)
          : "/";
      return `${baseUrl}${safeNext(target)}`;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
  logger: {
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown }).error;
      if (code === "JWT_SESSION_ERROR" && error instanceof SessionEnded) return;
      log.error(`next-auth: ${code}`, { error: error ?? metadata });
    },
    warn(code) {
      log.warn(`next-auth: ${code}`);
    },
    debug() {},
  },
};
