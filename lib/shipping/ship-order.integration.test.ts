import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchAddress } from "@/app/api/orders/[id]/address/route";
import { POST as postShip } from "@/app/api/orders/[id]/ship/route";
import { GET as getLabel } from "@/app/api/shipments/[id]/label/route";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { createUser, enableFulfilment } from "@/lib/testing/packing-fixtures";
import { startSandbox } from "@/lib/testing/start-sandbox";
import { bookShipmentJob } from "./book-shipment-job";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";

// The screens' shipping API end to end: route handler (session cookie, zod, problem+json) →
// booking service → the real Shiprocket adapter → the sandbox over loopback HTTP → PostgreSQL.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
const cookies = new Map<Role, string>();

beforeAll(async () => {
  sandbox = await startSandbox();
  await enableFulfilment();
  await setUpShiprocketBooking(sandbox.url);
  for (const role of ["OPS", "PACKER"] as const) {
    const user = await createUser(role);
    cookies.set(role, await sessionCookie({ id: user.id, role }));
  }
});
afterAll(() => sandbox.stop());

async function call(
  handler: (
    req: NextRequest,
    ctx: { params: Promise<Record<string, string>> },
  ) => Promise<Response>,
  options: { path: string; id: string; method?: string; body?: unknown; role?: Role },
) {
  const req = pageRequest(options.path, {
    method: options.method ?? "POST",
    cookie: cookies.get(options.role ?? "OPS")!,
    body: options.body,
  });
  return handler(req, { params: Promise.resolve({ id: options.id }) });
}

const ship = (id: string, body?: unknown, role?: Role) =>
  call(postShip, { path: `/api/orders/${id}/ship`, id, body, role });

describe("POST /api/orders/{id}/ship", () => {
  it("books a packed order and answers with the AWB, courier, charge and choice", async () => {
    const order = await createPackedOrder();
    const res = await ship(order.id);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      outcome: "BOOKED",
      status: "BOOKED",
      courier: "SHIPROCKET",
      courierAccountName: "Shiprocket test",
    });
    expect(body.awb).toEqual(expect.any(String));
    expect(body.chargePaise).toBeGreaterThan(0);
    expect(body.choiceReason).toMatch(/^Cheapest of \d+ quotes?: Shiprocket test/);
    expect(body.trackingPath).toBe(`/track/${String(body.awb)}`);
    const after = await db.order.findUnique({ where: { id: order.id }, select: { status: true } });
    expect(after?.status).toBe("SHIPPED");

    const again = await ship(order.id);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ outcome: "ALREADY_BOOKED", awb: body.awb });
  });

  it("reports the refusal with its reason, flags the order, and books on retry after the fix", async () => {
    const order = await createPackedOrder({ customerPhone: "12345" });
    const res = await ship(order.id);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await res.json()) as { detail: string; reason: string };
    expect(problem.detail).toMatch(
      /^Shipment generation failed: .*phone.*\. Please verify address and try again\.$/i,
    );
    expect(problem.reason).toMatch(/phone/i);
    const flagged = await db.order.findUnique({
      where: { id: order.id },
      select: { status: true, shipmentFailed: true, version: true },
    });
    expect(flagged).toMatchObject({ status: "PACKED", shipmentFailed: true });

    const fixed = await call(patchAddress, {
      path: `/api/orders/${order.id}/address`,
      id: order.id,
      method: "PATCH",
      body: {
        expectedVersion: flagged!.version,
        customerName: "Asha Rao",
        customerPhone: "9123456780",
        addressLine1: "4 MG Road",
        city: "Mumbai",
        state: "Maharashtra",
        pincode: "400001",
      },
    });
    expect(fixed.status).toBe(200);
    const retried = await ship(order.id);
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ outcome: "BOOKED", status: "BOOKED" });
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(1);
    expect(
      await db.order.findUnique({
        where: { id: order.id },
        select: { status: true, shipmentFailed: true },
      }),
    ).toEqual({ status: "SHIPPED", shipmentFailed: false });
  });

  it("refuses a cancelled order with a sentence, and a failed booking once the order is cancelled", async () => {
    const cancelled = await createPackedOrder({ status: "CANCELLED" });
    const res = await ship(cancelled.id);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { detail: string }).detail).toBe(
      `Order ${cancelled.number} is cancelled, so it cannot be booked with a courier.`,
    );
    expect(await db.shipment.count({ where: { orderId: cancelled.id } })).toBe(0);

    const failed = await createPackedOrder({ customerPhone: "12345" });
    expect((await ship(failed.id)).status).toBe(422);
    await db.order.update({ where: { id: failed.id }, data: { status: "CANCELLED" } });
    const retry = await ship(failed.id);
    expect(retry.status).toBe(409);
    expect(((await retry.json()) as { detail: string }).detail).toMatch(/is cancelled/);
    const shipment = await db.shipment.findFirst({ where: { orderId: failed.id } });
    expect(shipment).toMatchObject({ status: "FAILED", awb: null });
  });

  it("lets a packer book only an order they packed, with the policy's courier", async () => {
    const order = await createPackedOrder();
    const res = await ship(order.id, undefined, "PACKER");
    expect(res.status).toBe(403);
    expect(((await res.json()) as { detail: string }).detail).toMatch(/only an order they packed/);
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("the booking job", () => {
  it("skips an order that is not packed (queued at payment, or cancelled) without retrying", async () => {
    const order = await createPackedOrder({ status: "CANCELLED" });
    await expect(
      bookShipmentJob.handle({ orderId: order.id }, {} as never),
    ).resolves.toBeUndefined();
    expect(await db.shipment.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe("GET /api/shipments/{id}/label", () => {
  it("fetches the label PDF from the courier once, stores it, and serves the stored copy", async () => {
    const order = await createPackedOrder();
    const booked = (await (await ship(order.id)).json()) as { id: string; labelPath: string };
    expect(booked.labelPath).toBe(`/api/shipments/${booked.id}/label`);
    const label = (role: Role) =>
      call(getLabel, { path: booked.labelPath, id: booked.id, method: "GET", role });
    const res = await label("PACKER");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const stored = await db.shipment.findUnique({
      where: { id: booked.id },
      select: { labelPdf: true },
    });
    expect(Buffer.from(stored!.labelPdf!).equals(bytes)).toBe(true);

    // The stored copy is served even while the courier is down.
    await sandbox.stop();
    const reprint = await label("OPS");
    expect(reprint.status).toBe(200);
    expect(Buffer.from(await reprint.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
