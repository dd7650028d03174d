import { db } from "@/lib/db";
import { encryptJson } from "@/lib/crypto/secrets";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";

const DAY = 86_400_000;

export async function createRiskCourierAccount(courier: "DELHIVERY" | "EKART" = "DELHIVERY") {
  return db.courierAccount.create({
    data: {
      courier,
      name: `${courier} risk test ${Math.random().toString(36).slice(2, 8)}`,
      baseUrl: "http://127.0.0.1:9/unused",
      credentialsEncrypted: encryptJson({ token: "unused" }),
      pickupPincode: "560034",
      pickupLocationName: "Test warehouse",
    },
    select: { id: true },
  });
}

/**
 * An order whose forward parcel finished: delivered on finishedDay, or came back (first RTO scan
 * on finishedDay, back at the warehouse later). Days count from `start`.
 */
export async function createFinishedOrder(options: {
  start: Date;
  placedDay: number;
  finishedDay: number;
  cameBack: boolean;
  courierAccountId: string;
  pincode?: string;
  city?: string;
  state?: string;
  phone?: string;
  email?: string;
}) {
  const day = (n: number) => new Date(options.start.getTime() + n * DAY);
  const order = await createFixtureOrder({
    placedAt: day(options.placedDay),
    status: options.cameBack ? "RETURNED" : "DELIVERED",
    ...(options.pincode ? { pincode: options.pincode } : {}),
    ...(options.city ? { city: options.city } : {}),
    ...(options.state ? { state: options.state } : {}),
    ...(options.phone ? { customerPhone: options.phone } : {}),
    ...(options.email ? { customerEmail: options.email } : {}),
  });
  const finished = day(options.finishedDay);
  await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: options.courierAccountId,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb: `RK${order.id.slice(-10)}`,
      status: options.cameBack ? "RTO_DELIVERED" : "DELIVERED",
      bookedAt: day(options.placedDay + 1),
      deliveredAt: options.cameBack ? null : finished,
      // back at the warehouse a week after it turned RTO: the RTO's moment is its first scan
      statusAt: options.cameBack ? new Date(finished.getTime() + 7 * DAY) : finished,
      trackingEvents: options.cameBack
        ? {
            create: [
              ["RTO_INITIATED", 0],
              ["RTO_DELIVERED", 7],
            ].map(([status, after]) => ({
              status: status as "RTO_INITIATED" | "RTO_DELIVERED",
              rawStatus: String(status),
              occurredAt: new Date(finished.getTime() + Number(after) * DAY),
              source: "test",
              dedupeKey: `${order.id}:${status}`,
            })),
          }
        : undefined,
    },
    select: { id: true },
  });
  return order;
}
