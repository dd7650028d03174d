import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { copyTemplateDatabase } from "./template-database";

// Each integration test file gets its own copy of the migrated template database, so files
// run in parallel without seeing each other's rows.
const server = inject("databaseServerUrl");
const name = `t_${randomBytes(6).toString("hex")}`;

process.env.DATABASE_URL = await copyTemplateDatabase(server, name);
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";
process.env.PACKLINE_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
process.env.METRICS_TOKEN ??= "integration-metrics-token";
process.env.LOG_LEVEL ??= "error";

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
