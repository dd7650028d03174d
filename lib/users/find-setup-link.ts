import { db } from "@/lib/db";
import { liveSetupToken } from "./setup-token";

/** What the set-up page shows for a link: the form, or why it cannot be used. */
export async function findSetupLink(token: string): Promise<"live" | "dead" | "has-users"> {
  if ((await db.user.count()) > 0) return "has-users";
  return (await db.setupToken.count({ where: liveSetupToken(token) })) > 0 ? "live" : "dead";
}
