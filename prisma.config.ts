import { defineConfig } from "prisma/config";

// The URL may be absent: `prisma generate` needs no database, and migrations run through
// prisma/migrate (the WebAssembly schema engine) with the URL passed explicitly.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
