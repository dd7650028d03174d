/**
 * The first delivery promise when the courier has since moved it later: the parcel is running
 * late against what the customer was first told. Null when on time or when nothing was promised.
 */
export function firstPromiseIfLate(
  firstPromise: Date | null | undefined,
  current: Date | null,
): Date | null {
  return firstPromise && current && current.getTime() > firstPromise.getTime()
    ? firstPromise
    : null;
}
