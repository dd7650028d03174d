import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as packingSlip } from "@/app/api/orders/[id]/packing-slip/route";
import type { Viewer } from "@/lib/auth/viewer";
import { db } from "@/lib/db";
import { sessionCookie } from "@/lib/testing/session-cookie";
import type { OrderStatus, ShipmentStatus } from "@/lib/generated/prisma/enums";
import { getOrderShipment } from "@/lib/shipping/get-order-shipment";
import { getShipmentLabel } from "@/lib/shipping/get-shipment-label";
import { createSandboxCourierAccount } from "@/lib/testing/courier-fixtures";
import { createPickedOrder, createProduct, createUser } from "@/lib/testing/packing-fixtures";
import { getPackOrder } from "./get-pack-order";
import { verifyPackItem } from "./verify-pack-item";

// A packer opens orders by id from the packing station: only those on the packing floor. Every
// other order answers exactly like one that does not exist.
let packer: Viewer;
let ops: Viewer;
let courierAccountId: string;
const orders = new Map<string, { orderId: string; shipmentId?: string }>();

async function orderIn(
  name: string,
  status: OrderStatus,
  options: { readyToPack?: boolean; shipment?: ShipmentStatus } = {},
) {
  const order = await createPickedOrder(
    `VIS-${name}`,
    30,
    [{ sku: "VIS-TEA", ordered: 1, picked: 1 }],
    { status, readyToPack: options.readyToPack ?? true },
  );
  const shipment =
    options.shipment &&
    (await db.shipment.create({
      data: {
        orderId: order.id,
        courierAccountId,
        idempotencyKey: `${order.id}:FORWARD`,
        awb: `VISAWB${orders.size}`,
        status: options.shipment,
        labelPdf: Buffer.from("%PDF-1.4 stored label\n%%EOF"),
      },
      select: { id: true },
    }));
  orders.set(name, { orderId: order.id, shipmentId: shipment?.id });
}

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => "seen",
    (error: { code?: string }) => error.code ?? "error",
  );

beforeAll(async () => {
  packer = await createUser("PACKER");
  ops = await createUser("OPS");
  // Labels here are stored copies: the account's address is never called.
  const account = await createSandboxCourierAccount("http://127.0.0.1:9", "SHIPROCKET", {
    name: "Visibility test",
  });
  courierAccountId = account.id;
  await createProduct("VIS-TEA");
  await orderIn("placed", "PLACED", { readyToPack: false });
  await orderIn("picking", "PROCESSING", { readyToPack: false });
  await orderIn("ready", "PROCESSING");
  await orderIn("packed", "PACKED");
  await orderIn("awaiting-pickup", "SHIPPED", { shipment: "BOOKED" });
  await orderIn("in-transit", "SHIPPED", { shipment: "IN_TRANSIT" });
  await orderIn("delivered", "DELIVERED", { shipment: "DELIVERED" });
  await orderIn("cancelled", "CANCELLED", { readyToPack: false });
});

const onTheFloor = ["ready", "packed", "awaiting-pickup"];

describe("what a packer may open by id", () => {
  it("shows orders on the packing floor and hides every other one as not found", async () => {
    for (const [name, { orderId }] of orders) {
      const expected = onTheFloor.includes(name) ? "seen" : "NOT_FOUND";
      expect(await outcome(getPackOrder({ orderId, viewer: packer })), name).toBe(expected);
      expect(await outcome(getOrderShipment({ orderId, viewer: packer })), name).toBe(expected);
      expect(await outcome(getPackOrder({ orderId, viewer: ops })), `${name} (ops)`).toBe("seen");
    }
  });

  it("gives labels of parcels still in the warehouse only", async () => {
    for (const [name, { shipmentId }] of orders) {
      if (!shipmentId) continue;
      const expected = name === "awaiting-pickup" ? "seen" : "NOT_FOUND";
      expect(await outcome(getShipmentLabel({ shipmentId, viewer: packer })), name).toBe(expected);
      expect(await outcome(getShipmentLabel({ shipmentId, viewer: ops })), name).toBe("seen");
    }
  });

  it("refuses a packing step on a delivered order as not found, telling nothing of its state", async () => {
    const { orderId } = orders.get("delivered")!;
    const error = await verifyPackItem({ orderId, code: "VIS-TEA", viewer: packer }).catch(
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "The order was not found." });
  });

  it("answers the packing slip route with 404 for a delivered order and a PDF for a packed one", async () => {
    const cookie = await sessionCookie(packer);
    const slip = (name: string) =>
      packingSlip(
        new NextRequest(`http://localhost/api/orders/${orders.get(name)!.orderId}/packing-slip`, {
          headers: { cookie },
        }),
        { params: Promise.resolve({ id: orders.get(name)!.orderId }) },
      );
    expect((await slip("delivered")).status).toBe(404);
    const packed = await slip("packed");
    expect(packed.status).toBe(200);
    expect(packed.headers.get("content-type")).toBe("application/pdf");
  });
});
