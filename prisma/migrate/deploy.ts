// `migrate deploy`: apply every pending migration, recording them in _prisma_migrations.
import { ensureDatabase } from "./database-admin";
import { withSchemaEngine } from "./engine-session";
import { readMigrationList } from "./migrations-dir";
import { DEFAULT_MIGRATIONS_DIR, NO_FILTERS, type MigrationsDirOptions } from "./options";

export interface DeployResult {
  /** Migration directory names applied by this call, oldest first; empty when up to date. */
  applied: string[];
  /** True if the database named in the URL did not exist and was created. */
  createdDatabase: boolean;
}

export async function deployMigrations(
  databaseUrl: string,
  options: MigrationsDirOptions = {},
): Promise<DeployResult> {
  const createdDatabase = await ensureDatabase(databaseUrl);
  const migrationsList = await readMigrationList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const { appliedMigrationNames } = await withSchemaEngine(
    { url: databaseUrl, log: options.log },
    (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }),
  );
  return { applied: appliedMigrationNames, createdDatabase };
}
