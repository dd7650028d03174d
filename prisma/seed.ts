import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { demoUsers } from "./seed/accounts";
import { seedDemo } from "./seed/demo";

// `npm run seed`: demo data for a fresh database (skipped when users already exist).
async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const seeded = await seedDemo(db, {
      sandboxUrl: process.env.SANDBOX_URL ?? "http://127.0.0.1:4010",
    });
    console.log(seeded ? "Seeded demo data." : "Database already has users; demo seed skipped.");
    if (seeded)
      for (const u of demoUsers) console.log(`  ${u.role.padEnd(6)} ${u.email} / ${u.password}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
