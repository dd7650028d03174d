import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { COURIER_LABEL } from "@/lib/validation/courier-account";

function duplicateName(courier: CourierCode, name: string): AppError {
  return new AppError(
    "CONFLICT",
    `Another ${COURIER_LABEL[courier]} account is already named "${name}". Choose a different name.`,
    { fieldErrors: { name: ["Another account of this courier has this name"] } },
  );
}

/** Refuses a (courier, name) pair another account holds; `exceptId` is the account being edited. */
export async function assertNameFree(
  tx: Tx,
  courier: CourierCode,
  name: string,
  exceptId?: string,
): Promise<void> {
  const other = await tx.courierAccount.findFirst({
    where: { courier, name: { equals: name, mode: "insensitive" }, id: { not: exceptId } },
    select: { id: true },
  });
  if (other) throw duplicateName(courier, name);
}

/**
 * Two admins saving the same name at once both pass assertNameFree; the unique index refuses
 * the second, and it gets the same sentence.
 */
export function uniqueNameViolation(error: unknown, courier: CourierCode, name: string): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2002" ? duplicateName(courier, name) : error;
}
