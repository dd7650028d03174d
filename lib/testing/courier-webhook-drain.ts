import { NextRequest } from "next/server";
import { POST as delhiveryPost } from "@/app/api/webhooks/delhivery/route";
import { db } from "@/lib/db";
import { createFixtureOrder } from "@/lib/orders/order-fixtures";
import { createSandboxCourierAccount } from "./courier-fixtures";

// Stored courier deliveries for the drain's tests: posted through the real Delhivery route,
// applied by drainCourierWebhooks as the worker runs it, counted in the rows they leave.
const TOKEN = "dl-drain-token";
let accountId = "";

/** The Delhivery account the deliveries are posted for: once per test file (its database). */
export async function createDrainAccount() {
  accountId = (
    await createSandboxCourierAccount("http://127.0.0.1:9", "DELHIVERY", {
      name: "DL drain",
      webhookSecret: TOKEN,
    })
  ).id;
}

let awbs = 0;
export async function bookedShipment() {
  const order = await createFixtureOrder({ status: "SHIPPED" });
  const awb = `DRAIN${Date.now()}${++awbs}`;
  await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: accountId,
      idempotencyKey: `${order.id}:FORWARD:1`,
      awb,
      status: "BOOKED",
    },
    select: { id: true },
  });
  return awb;
}

export function scan(awb: string, status: string, at: string, location = "Bhiwandi Hub") {
  return JSON.stringify({
    Shipment: {
      AWB: awb,
      Status: { Status: status, StatusType: "UD", StatusDateTime: at, StatusLocation: location },
    },
  });
}

export async function post(body: string) {
  const req = new NextRequest("http://localhost/api/webhooks/delhivery", {
    method: "POST",
    headers: { "content-type": "application/json", "x-delhivery-token": TOKEN },
    body,
  });
  const res = await delhiveryPost(req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export const rowOf = (body: string) =>
  db.webhookEvent.findFirstOrThrow({
    where: { rawBody: body },
    select: { id: true, status: true, applyTries: true, applyAfter: true, error: true },
  });
export const scansOf = (awb: string) => db.trackingEvent.count({ where: { shipment: { awb } } });
export const expireLeases = () =>
  db.$executeRaw`UPDATE "WebhookEvent" SET "applyAfter" = now() - interval '1 second'
                 WHERE status = 'RECEIVED'`;

// A real failure inside the apply's transaction: PostgreSQL refuses a scan at FAULT-HUB.
export async function refuseFaultHub() {
  await db.$executeRawUnsafe(`
    CREATE FUNCTION refuse_fault_hub() RETURNS trigger AS $$
    BEGIN
      IF NEW.location = 'FAULT-HUB' THEN RAISE EXCEPTION 'scan table is read-only'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`
    CREATE TRIGGER refuse_fault_hub BEFORE INSERT ON "TrackingEvent"
    FOR EACH ROW EXECUTE FUNCTION refuse_fault_hub()`);
}
export async function acceptFaultHub() {
  await db.$executeRawUnsafe(`DROP TRIGGER refuse_fault_hub ON "TrackingEvent"`);
  await db.$executeRawUnsafe(`DROP FUNCTION refuse_fault_hub()`);
}
