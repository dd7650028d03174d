// The driver adapter the wasm schema engine talks through: adapter-pg, with three fixes.
// 1. `"char"` catalog columns come back as Character (see pg-char-columns.ts).
// 2. adapter-pg's executeScript splits scripts on every ";" (breaking `$$ ... ; ... $$` bodies);
//    we send a migration script as one simple-protocol query, as Prisma's native engine does.
// 3. adapter-pg's shadow database handling connects to the main database and cannot drop the
//    shadow; the caller creates the shadow database and passes its URL here.
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  DriverAdapterError,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { relabelCharFields, withCharColumns } from "./pg-char-columns";

export interface MigrateAdapter {
  factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** Ends every pool the factory opened; the engine itself never disposes them. */
  close(): Promise<void>;
}

export function createMigrateAdapter(options: { url: string; shadowUrl?: string }): MigrateAdapter {
  const pools: pg.Pool[] = [];
  const connectTo = async (url: string): Promise<SqlDriverAdapter> => {
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    pool.on("connect", relabelCharFields);
    pool.on("error", () => {}); // an idle client dropped by the server; the next query reconnects
    pools.push(pool);
    return fixAdapter(await new PrismaPg(pool).connect(), pool);
  };
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(options.url),
    connectToShadowDb: async () => {
      if (!options.shadowUrl) throw new Error("This command does not use a shadow database.");
      return connectTo(options.shadowUrl);
    },
  });
  return { factory, close: async () => void (await Promise.all(pools.map((pool) => pool.end()))) };
}

function fixAdapter(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  const fixed = withCharColumns(adapter);
  fixed.startTransaction = async (isolationLevel) =>
    withCharColumns(await adapter.startTransaction(isolationLevel));
  fixed.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      throw asDriverError(error);
    }
  };
  return fixed;
}

function asDriverError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError) || !error.code) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: error.severity ?? "ERROR",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}
