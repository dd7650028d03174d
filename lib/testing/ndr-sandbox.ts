import { NextRequest } from "next/server";
import { expect } from "vitest";
import { POST as webhookPost } from "@/app/api/webhooks/shiprocket/route";
import { db } from "@/lib/db";
import { bookShipment } from "@/lib/shipping/book-shipment";
import { drainCourierWebhooks } from "@/lib/webhooks/drain-courier-webhooks";
import { createPackedOrder, setUpShiprocketBooking } from "./courier-fixtures";
import { control, startSandbox } from "./start-sandbox";
import { startWebhookForwarder } from "./webhook-forwarder";

/**
 * The sandbox Shiprocket wired to the webhook route, for tests of failed deliveries: parcels
 * booked through the real adapter, whose first attempt the sandbox fails (its NDR scan reaches
 * Packline by webhook), and the NDR action bodies the sandbox took, as it received them.
 */
export async function startNdrSandbox(name: string) {
  const token = `${name}-token`;
  const sandbox = await startSandbox();
  const forwarder = await startWebhookForwarder(async (_path, body, headers) => {
    const res = await webhookPost(
      new NextRequest("http://localhost/api/webhooks/shiprocket", {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body,
      }),
      { params: Promise.resolve({}) },
    );
    // the worker applies what the route stored
    await drainCourierWebhooks();
    return { status: res.status, body: await res.json() };
  });
  const sr = (path: string, body?: unknown, method?: string) =>
    control(sandbox.url, `/_control/shiprocket${path}`, body, method);
  await sr("/webhook", { url: `${forwarder.url}/`, token });
  await setUpShiprocketBooking(sandbox.url, { name, webhookSecret: token });

  return {
    url: sandbox.url,
    advance: (awb: string, to: number) => sr("/advance", { awb, to }),
    /** what the sandbox courier was asked for this AWB's failed deliveries */
    ndrRequests: async (awb: string) =>
      (
        (await sr(`/ndr-requests?awb=${awb}`, undefined, "GET")) as {
          requests: Record<string, unknown>[];
        }
      ).requests,
    /** a shipped order whose parcel's first delivery attempt failed: shipment in NDR */
    async ndrShipment(order: { paymentMethod?: "COD" | "PREPAID" } = {}) {
      const packed = await createPackedOrder();
      if (order.paymentMethod === "COD")
        await db.order.update({
          where: { id: packed.id },
          data: { paymentMethod: "COD", codAmountPaise: 50_000 },
          select: { id: true },
        });
      const booked = await bookShipment({ orderId: packed.id, actor: { label: "test" } });
      if (booked.outcome !== "BOOKED") throw new Error(`booking failed: ${JSON.stringify(booked)}`);
      await sr("/advance", { awb: booked.awb, to: 21 });
      const shipment = await db.shipment.findUniqueOrThrow({
        where: { id: booked.shipmentId },
        select: { status: true },
      });
      expect(shipment.status).toBe("NDR");
      return { orderId: packed.id, shipmentId: booked.shipmentId, awb: booked.awb! };
    },
    async stop() {
      await forwarder.stop();
      await sandbox.stop();
    },
  };
}
