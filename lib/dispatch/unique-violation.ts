/** A write refused by a unique index: the race it guards was lost to another request. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}
