import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { deployMigrations } from "@/prisma/migrate";
import { startPrivatePostgres } from "@/scripts/lib/postgres.mjs";

export const TEMPLATE_DB = "packline_template";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

/**
 * Integration tests run against a real PostgreSQL that this harness starts on a free port in a
 * temporary folder. The migrated template database is copied for every test file.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "packline-test-pg-"));
  const server: { url: string; stop(): Promise<void> } = await startPrivatePostgres({
    dataDir,
    persistent: false,
  });
  const base = new URL(server.url);
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  base.pathname = `/${TEMPLATE_DB}`;
  await deployMigrations(base.toString());
  base.pathname = "";
  project.provide("databaseServerUrl", base.toString().replace(/\/$/, ""));
  return () => server.stop();
}
