import { AppError } from "@/lib/errors/app-error";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

/** The 409 every order edit gives when the caller's copy is older than the row. */
export function staleVersionError(current: { version: number; status: OrderStatus }): AppError {
  return new AppError(
    "STALE_VERSION",
    "This order was changed by someone else. Reload it and try again.",
    { details: { currentVersion: current.version, currentStatus: current.status } },
  );
}
