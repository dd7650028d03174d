// `migrate status`: how the database's _prisma_migrations compares to the migrations folder.
import { databaseExists } from "./database-admin";
import { withSchemaEngine } from "./engine-session";
import { readMigrationList } from "./migrations-dir";
import { DEFAULT_MIGRATIONS_DIR, NO_FILTERS, type MigrationsDirOptions } from "./options";

export interface MigrationStatus {
  /** Migration directories in the folder, oldest first. */
  local: string[];
  /** In the folder, not yet applied to the database. */
  pending: string[];
  /** Recorded in the database but missing from the folder. */
  unknownToFolder: string[];
  /** Started and failed; `prisma migrate resolve` territory. */
  failed: string[];
  /** Applied, but migration.sql changed since (checksum mismatch). */
  edited: string[];
  databaseExists: boolean;
  /** True when nothing is pending, failed or diverged. */
  upToDate: boolean;
}

export async function migrationStatus(
  databaseUrl: string,
  options: MigrationsDirOptions = {},
): Promise<MigrationStatus> {
  const migrationsList = await readMigrationList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const local = migrationsList.migrationDirectories.map((directory) => directory.path);
  if (!(await databaseExists(databaseUrl))) {
    const pending = local;
    return {
      local,
      pending,
      unknownToFolder: [],
      failed: [],
      edited: [],
      databaseExists: false,
      upToDate: !pending.length,
    };
  }
  const diagnosis = await withSchemaEngine({ url: databaseUrl, log: options.log }, (engine) =>
    engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    }),
  );
  const history = diagnosis.history;
  const pending =
    history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [];
  const unknownToFolder =
    history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [];
  const failed = diagnosis.failedMigrationNames;
  return {
    local,
    pending,
    unknownToFolder,
    failed,
    edited: diagnosis.editedMigrationNames,
    databaseExists: true,
    upToDate: !history && !failed.length,
  };
}
