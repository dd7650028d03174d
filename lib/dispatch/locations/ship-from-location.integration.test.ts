import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bookShipment } from "@/lib/shipping/book-shipment";
import { createPackedOrder, setUpShiprocketBooking } from "@/lib/testing/courier-fixtures";
import { TEST_WAREHOUSE } from "@/lib/testing/registered-location";
import { createUser } from "@/lib/testing/packing-fixtures";
import { control, startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { choosePickupLocation } from "./choose-pickup-location";
import { createPickupLocation } from "./create-pickup-location";
import { addPickupRule } from "./pickup-rules";
import { registerPickupLocation } from "./register-pickup-location";
import { setOrderPickupLocation } from "./set-order-pickup-location";

// Which warehouse a booking ships from, and that the courier is told: the real Shiprocket
// adapter against the sandbox, which keeps the order body it took and the pickup location its
// nickname names (added through addpickup by the registration job).
let sandbox: RunningSandbox;
let actorId = "";
let mumbai = { id: "", name: "" };
const CREATE = "POST /shiprocket/v1/external/orders/create/adhoc";
const creates = () => sandbox.requests.filter((r) => r === CREATE).length;
const actor = { label: "test" };

beforeAll(async () => {
  sandbox = await startSandbox();
  await setUpShiprocketBooking(sandbox.url);
  actorId = (await createUser("ADMIN")).id;
  const created = await createPickupLocation({
    actorId,
    input: {
      ...TEST_WAREHOUSE,
      name: "Mumbai DC",
      line1: "Gala 7, Saki Vihar Road",
      line2: null,
      city: "Mumbai",
      state: "Maharashtra",
      pincode: "400072",
      gstin: null,
    },
  });
  mumbai = created;
  for (const r of await db.pickupLocationRegistration.findMany({
    where: { pickupLocationId: created.id },
  }))
    await registerPickupLocation({ registrationId: r.id, attempt: r.attempt });
  await addPickupRule({ pincodePrefix: "400", pickupLocationId: created.id, actorId });
});
afterAll(() => sandbox.stop());

describe("the location a booking ships from", () => {
  it("is the first rule matching the destination, else the default, else ops' choice wins", async () => {
    expect(
      (await choosePickupLocation({ pincode: "400001", pickupLocationId: null })).location.name,
    ).toBe("Mumbai DC");
    expect(
      (await choosePickupLocation({ pincode: "560001", pickupLocationId: null })).location.name,
    ).toBe(TEST_WAREHOUSE.name);
    const warehouse = await db.pickupLocation.findFirstOrThrow({ where: { isDefault: true } });
    const ops = await choosePickupLocation({ pincode: "400001", pickupLocationId: warehouse.id });
    expect(ops).toMatchObject({
      location: { name: TEST_WAREHOUSE.name },
      reason: `Ops chose ${TEST_WAREHOUSE.name}`,
    });
  });

  it("books with the chosen location's address under the courier's registered name", async () => {
    const order = await createPackedOrder(); // to Mumbai 400001: the rule picks Mumbai DC
    const result = await bookShipment({ orderId: order.id, actor });
    expect(result.outcome).toBe("BOOKED");
    const shipment = await db.shipment.findFirstOrThrow({
      where: { orderId: order.id },
      select: { pickupLocationId: true, bookingReference: true },
    });
    expect(shipment.pickupLocationId).toBe(mumbai.id);
    const taken = (await control(
      sandbox.url,
      `/_control/shiprocket/orders/${shipment.bookingReference}`,
      undefined,
      "GET",
    )) as {
      order: { pickup_location: string };
      pickupLocation: Record<string, unknown> | null;
    };
    expect(taken.order.pickup_location).toBe("Mumbai DC");
    expect(taken.pickupLocation).toMatchObject({
      address: "Gala 7, Saki Vihar Road",
      city: "Mumbai",
      pin_code: 400072,
      phone: 9876543210,
      name: TEST_WAREHOUSE.contactName,
    });
  });

  it("refuses a location the courier has not registered, before calling it", async () => {
    const chennai = await db.pickupLocation.create({
      data: { ...TEST_WAREHOUSE, name: "Chennai", pincode: "600001" },
      select: { id: true },
    });
    const order = await createPackedOrder();
    await setOrderPickupLocation({ orderId: order.id, pickupLocationId: chennai.id, actorId });
    const before = creates();
    const result = await bookShipment({ orderId: order.id, actor });
    expect(result).toMatchObject({ outcome: "FAILED", retryable: false });
    expect(result.reason).toMatch(/from Chennai: the location was never registered with it/);
    expect(creates()).toBe(before);
  });
});
