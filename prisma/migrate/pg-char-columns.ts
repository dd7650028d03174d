// The schema engine's catalog queries read PostgreSQL `"char"` columns (OID 18, such as
// pg_constraint.contype) and expect them typed as Character. adapter-pg rejects OID 18 as an
// unsupported type, and has no Character mapping at all. So, in two steps:
// 1. at the pg level, every OID 18 field is relabelled as text, with a marker on its name;
// 2. at the adapter level, marked columns get their name back and the Character type.
import { ColumnTypeEnum, type SqlQueryable, type SqlResultSet } from "@prisma/driver-adapter-utils";
import type pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const MARKER = "\u0000pg_char"; // cannot occur in a real column name: PostgreSQL forbids NUL

/** Pool "connect" hook: relabels `"char"` fields in every result this client returns. */
export function relabelCharFields(client: pg.PoolClient): void {
  // pg's query() has many overloads (callback, promise, submittable); we only post-process
  // whatever result comes back, so the wrapper is typed loosely and cast back once.
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]): unknown => {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      const done = (error: Error | null, result: unknown) =>
        callback(error, error ? result : relabel(result));
      return query(...args.slice(0, -1), done);
    }
    const result = query(...args);
    return result instanceof Promise ? result.then(relabel) : result;
  };
  client.query = patched as typeof client.query;
}

function relabel(result: unknown): unknown {
  const results = (Array.isArray(result) ? result : [result]) as Array<pg.QueryResult | undefined>;
  for (const field of results.flatMap((r) => r?.fields ?? [])) {
    if (field.dataTypeID !== PG_CHAR_OID) continue;
    field.dataTypeID = PG_TEXT_OID;
    field.name += MARKER;
  }
  return result;
}

/** Wraps queryRaw so marked columns come back as Character with their real names. */
export function withCharColumns<T extends SqlQueryable>(queryable: T): T {
  const wrapped: T = Object.create(queryable);
  wrapped.queryRaw = async (query) => restore(await queryable.queryRaw(query));
  return wrapped;
}

function restore(result: SqlResultSet): SqlResultSet {
  result.columnNames.forEach((name, index) => {
    if (!name.endsWith(MARKER)) return;
    result.columnNames[index] = name.slice(0, -MARKER.length);
    result.columnTypes[index] = ColumnTypeEnum.Character;
  });
  return result;
}
