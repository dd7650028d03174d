/**
 * The PostgreSQL SQLSTATE behind a failed Prisma raw query ("55P03" for a lock wait that timed
 * out, say), read from the driver adapter's error; undefined for anything else.
 */
export function databaseErrorCode(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } })
    ?.meta;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === "string" ? code : undefined;
}
