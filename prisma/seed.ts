import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { env } from "../lib/env";
import { demoUsers } from "./seed/accounts";
import { prepareDatabase, type Preparation } from "./seed/prepare-database";

// `npm run seed` (demo data; a database of one's own gets it only when asked: `-- --demo`) and
// the set-up step of `npm start`, which passes --demo for its private database
// (scripts/lib/seed-mode.mjs) and --json to print the logins or the set-up link once Packline
// is up.
async function main() {
  const { values } = parseArgs({
    options: {
      demo: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  });
  const { SANDBOX_URL, PACKLINE_ADMIN_EMAIL, PACKLINE_ADMIN_PASSWORD, NEXTAUTH_URL } = env();
  try {
    const prepared = await prepareDatabase({
      mode: values.demo ? "demo" : "first-admin",
      sandboxUrl: SANDBOX_URL,
      admin: { email: PACKLINE_ADMIN_EMAIL, password: PACKLINE_ADMIN_PASSWORD },
    });
    const { now, later } = describe(prepared, NEXTAUTH_URL ?? "http://localhost:3000");
    for (const line of now) console.error(line);
    if (values.json) console.log(JSON.stringify({ later }));
    else for (const line of later) console.log(line);
  } finally {
    await db.$disconnect();
  }
}

/** What happened (`now`), and what the person starting Packline needs once it is up (`later`). */
function describe(prepared: Preparation, baseUrl: string): { now: string[]; later: string[] } {
  if (prepared.mode === "demo")
    return {
      now: [
        prepared.seeded ? "Seeded demo data." : "Database already has users; demo seed skipped.",
      ],
      later: prepared.demoLogins
        ? [
            "Demo logins:",
            ...demoUsers.map((u) => `  ${u.role.padEnd(7)} ${u.email.padEnd(26)} ${u.password}`),
          ]
        : [],
    };
  if (prepared.kind === "has-users") return { now: [], later: [] };
  if (prepared.kind === "admin-created") {
    const line = `Created the first admin, ${prepared.email}, from PACKLINE_ADMIN_EMAIL and PACKLINE_ADMIN_PASSWORD.`;
    return { now: [line], later: [line] };
  }
  const until = prepared.expiresAt.toLocaleString("en-IN", {
    timeZone: "Asia/Kolkata",
    dateStyle: "medium",
    timeStyle: "short",
  });
  return {
    now: ["No users yet: issued a one-time set-up link for the first admin."],
    later: [
      "This database has no users yet. Create the first admin, once, at:",
      `  ${baseUrl.replace(/\/$/, "")}/setup/${prepared.token}`,
      `  (the link works until ${until} IST; start again for a new one)`,
    ],
  };
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
