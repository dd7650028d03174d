import type { Prisma } from "../../lib/generated/prisma/client";
import { buildRemittanceParcels, REMITTANCE_PARCELS } from "./remittance-parcels";

/**
 * Adds the COD remittance demo's delivered parcels (PL-330001…) once, on the first demo account
 * of each courier; a demo seeded before they existed gets them on its next start.
 */
export async function seedRemittanceParcels(tx: Prisma.TransactionClient): Promise<void> {
  const first = REMITTANCE_PARCELS[0]!.number;
  if (await tx.order.count({ where: { number: first } })) return;
  const product = await tx.product.findFirst({
    orderBy: { sku: "asc" },
    select: { id: true, sku: true, title: true },
  });
  if (!product) return;
  const accounts = await tx.courierAccount.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, courier: true },
  });
  const rows = buildRemittanceParcels(accounts, product);
  await tx.order.createMany({ data: rows.orders });
  await tx.orderItem.createMany({ data: rows.items });
  await tx.shipment.createMany({ data: rows.shipments });
}
