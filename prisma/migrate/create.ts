// `migrate create`: the SQL that takes "the existing migrations, replayed on a fresh shadow
// database" to the Prisma schema, written as a new migration (what `migrate dev --create-only`
// produces). The shadow database lives on the DATABASE_URL server only for the call.
import { createShadowDatabase } from "./database-admin";
import { withSchemaEngine } from "./engine-session";
import { readMigrationList, slugifyMigrationName, writeMigration } from "./migrations-dir";
import {
  DEFAULT_MIGRATIONS_DIR,
  DEFAULT_SCHEMA_PATH,
  NO_FILTERS,
  type MigrationsDirOptions,
} from "./options";
import { readSchemaFiles } from "./schema-files";

export interface CreateMigrationOptions extends MigrationsDirOptions {
  /** Server for the temporary shadow database; needs the CREATEDB privilege. */
  databaseUrl: string;
  /** Free text; stored as its snake_case slug, like `prisma migrate dev --name`. */
  name: string;
  /** A schema file or a folder of .prisma files. Defaults to prisma/schema.prisma. */
  schemaPath?: string;
}

export interface CreateMigrationResult {
  /** The new directory name (`<timestamp>_<name>`), or null when the schema has no changes. */
  migrationName: string | null;
  sql: string;
}

const DIFF_HAS_CHANGES = 2; // the engine's exit code for a non-empty diff when exitCode is asked for

export async function createMigration(
  options: CreateMigrationOptions,
): Promise<CreateMigrationResult> {
  const name = slugifyMigrationName(options.name);
  if (!name)
    throw new Error(`"${options.name}" is not a usable migration name; use letters, digits and _.`);
  const migrationsDir = options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const files = await readSchemaFiles(options.schemaPath ?? DEFAULT_SCHEMA_PATH);
  const migrationsList = await readMigrationList(migrationsDir);
  // Replaying an empty history still needs the provider; without it the engine refuses.
  migrationsList.lockfile.content ??= `provider = "postgresql"\n`;
  const shadow = await createShadowDatabase(options.databaseUrl);
  try {
    const diff = await withSchemaEngine(
      { url: shadow.url, shadowUrl: shadow.url, log: options.log },
      (engine) =>
        engine.diff({
          from: { tag: "migrations", ...migrationsList },
          to: { tag: "schemaDatamodel", files },
          script: true,
          exitCode: true,
          filters: NO_FILTERS,
        }),
    );
    const sql = diff.stdout ?? "";
    if (diff.exitCode !== DIFF_HAS_CHANGES) return { migrationName: null, sql };
    return { migrationName: await writeMigration(migrationsDir, name, sql), sql };
  } finally {
    await shadow.drop();
  }
}
