import { createHash } from "node:crypto";

/**
 * Names for server-side prepared statements, so PostgreSQL parses and plans each query shape
 * once per connection instead of on every call (about half the database CPU of a pick).
 * Every connection keeps what it prepared, so only the first `limit` distinct SQL texts of a
 * process get a name; any further shape (an IN list of a new length, say) runs unnamed.
 */
export function preparedStatementNamer(limit = 500): (query: { sql: string }) => string {
  const named = new Set<string>();
  return ({ sql }) => {
    const name = `pl_${createHash("sha1").update(sql).digest("hex").slice(0, 24)}`;
    if (named.has(name)) return name;
    if (named.size >= limit) return undefined as unknown as string;
    named.add(name);
    return name;
  };
}
