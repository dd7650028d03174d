import type { Role } from "./roles";

declare module "next-auth" {
  interface Session {
    user?: { id: string; name?: string | null; email?: string | null; role?: Role };
  }
  interface User {
    role?: Role;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** the UserSession row this cookie belongs to (lib/auth/user-sessions.ts) */
    sid?: string;
  }
}
