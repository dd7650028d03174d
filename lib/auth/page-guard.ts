import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { authOptions } from "./options";
import { loadCaller, type Caller } from "./caller";
import { AREAS, type AreaKey } from "./roles";

/** The signed-in user for a server component, or null. */
export async function currentCaller(): Promise<Caller | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  return id ? loadCaller(id, "session") : null;
}

/** Every page.tsx calls this first: sign-in if anonymous, a 403 page if the role may not enter. */
export async function requireArea(area: AreaKey): Promise<Caller> {
  const caller = await currentCaller();
  if (!caller) redirect(`/login?next=${encodeURIComponent(AREAS[area].href)}`);
  if (!(AREAS[area].roles as readonly string[]).includes(caller.role)) forbidden();
  return caller;
}
