// Where the tool looks by default: prisma/schema.prisma and prisma/migrations, found from this
// file's location so the commands work from any working directory.
import path from "node:path";
import { fileURLToPath } from "node:url";

const prismaDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

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
