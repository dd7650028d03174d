import type { Prisma } from "@/lib/generated/prisma/client";
import type { CodConfirmation } from "@/lib/generated/prisma/enums";

/** The order list's confirmation filter: orders in any of the states (index codConfirmation, placedAt). */
export function confirmationWhere(states: readonly CodConfirmation[]): Prisma.OrderWhereInput {
  return { codConfirmation: { in: [...states] } };
}
