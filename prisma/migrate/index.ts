// Prisma migrations without Prisma's native schema engine: the same engine compiled to
// WebAssembly, over a pg driver adapter. Files and the _prisma_migrations table follow
// Prisma's own format, so `prisma migrate deploy` elsewhere sees the same history.
export { createMigration, type CreateMigrationOptions, type CreateMigrationResult } from "./create";
export { deployMigrations, type DeployResult } from "./deploy";
export { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH, type MigrationsDirOptions } from "./options";
export { migrationStatus, type MigrationStatus } from "./status";
