import { randomUUID } from "node:crypto";
import { catalog } from "../prisma/seed/catalog";
import { rng } from "../prisma/seed/random";
import { buildRiskHistory } from "../prisma/seed/risk-history";

/**
 * The lift figure on the demo's seeded history alone (the same seed and generator as
 * `npm run seed`), on the bench database emptied of the bench's own orders.
 */
export async function demoHistoryLift(url: string): Promise<void> {
  process.env.DATABASE_URL = url;
  const { db } = await import("../lib/db");
  const { getRiskLift } = await import("../lib/risk/get-risk-lift");
  await db.$executeRaw`TRUNCATE "Order", "Shipment", "TrackingEvent", "Product", "CourierAccount" CASCADE`;
  const products = catalog.map((p) => ({ id: randomUUID(), ...p }));
  const accounts = (["SHIPROCKET", "DELHIVERY", "EKART"] as const).map((courier) => ({
    id: randomUUID(),
    courier,
    name: courier,
    baseUrl: "http://x",
    credentialsEncrypted: "x",
    pickupPincode: "560034",
  }));
  const history = buildRiskHistory(rng(20261206), products, accounts);
  await db.product.createMany({ data: products });
  await db.courierAccount.createMany({ data: accounts });
  await db.order.createMany({ data: history.orders });
  await db.orderItem.createMany({ data: history.items });
  await db.shipment.createMany({ data: history.shipments });
  await db.trackingEvent.createMany({ data: history.events });
  const lift = await getRiskLift();
  console.log(
    `\nlift on the demo history: ${lift.lift?.toFixed(2)}× — top tenth ${lift.deciles[0]?.rto} of ${lift.deciles[0]?.orders} RTO, overall ${lift.rto} of ${lift.orders} (${((lift.overallRate ?? 0) * 100).toFixed(1)} %)`,
  );
  console.log("decile  scores   orders  rto  rate");
  for (const d of lift.deciles)
    console.log(
      String(d.decile).padStart(6),
      `${d.minScore}–${d.maxScore}`.padStart(8),
      String(d.orders).padStart(7),
      String(d.rto).padStart(4),
      `${(d.rate * 100).toFixed(1)} %`.padStart(7),
    );
  await db.$disconnect();
}
