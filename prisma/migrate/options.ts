// Where the tool looks by default: prisma/schema.prisma and prisma/migrations of the project
// this file belongs to, so the commands work from any working directory. The project is found
// by its package.json, not a fixed number of folders up: the compiled runner (dist/migrate.mjs,
// scripts/build-node.mjs) sits at another depth than this source file.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}.`);
  }
}

const prismaDir = path.join(projectRoot(path.dirname(fileURLToPath(import.meta.url))), "prisma");

export const DEFAULT_SCHEMA_PATH = path.join(prismaDir, "schema.prisma");
export const DEFAULT_MIGRATIONS_DIR = path.join(prismaDir, "migrations");

export interface MigrationsDirOptions {
  /** Defaults to prisma/migrations. */
  migrationsDir?: string;
  /** Receives the schema engine's log lines (JSON); silent by default. */
  log?: (line: string) => void;
}

/** The filter prisma.config.ts `tables.external` / `enums.external` would set; we use none. */
export const NO_FILTERS = { externalTables: [], externalEnums: [] };
