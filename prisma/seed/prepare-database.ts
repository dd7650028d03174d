import { db } from "../../lib/db";
import { prepareFirstAdmin, type FirstAdminPreparation } from "../../lib/users/prepare-first-admin";
import type { SeedMode } from "../../scripts/lib/seed-mode.mjs";
import { demoUsers } from "./accounts";
import { seedDemo } from "./demo";

export type Preparation =
  | { mode: "demo"; seeded: boolean; demoLogins: boolean }
  | ({ mode: "first-admin" } & FirstAdminPreparation);

/**
 * What a start puts into the database, by the mode scripts/lib/seed-mode.mjs chose: the demo
 * (seeded once; `demoLogins` says whether the demo users are there to print), or the first
 * admin's set-up for a database of one's own, which never gets demo data.
 */
export async function prepareDatabase(options: {
  mode: SeedMode;
  sandboxUrl: string;
  admin?: { email?: string; password?: string };
}): Promise<Preparation> {
  if (options.mode === "first-admin")
    return { mode: "first-admin", ...(await prepareFirstAdmin(options.admin)) };
  const seeded = await seedDemo(db, { sandboxUrl: options.sandboxUrl });
  const present = await db.user.count({
    where: { email: { in: demoUsers.map((u) => u.email) } },
  });
  return { mode: "demo", seeded, demoLogins: present === demoUsers.length };
}
