import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as create } from "@/app/api/admin/pickup-locations/route";
import { PUT as edit } from "@/app/api/admin/pickup-locations/[id]/route";
import { POST as registerAgain } from "@/app/api/admin/pickup-locations/[id]/registrations/[accountId]/route";
import { getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/testing/packing-fixtures";
import { createSandboxCourierAccount } from "@/lib/testing/courier-fixtures";
import { pageRequest, sessionCookie } from "@/lib/testing/session-cookie";
import { startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import type { PickupLocationView } from "./location-view";
import { registerPickupLocation } from "./register-pickup-location";

// Admin → Pickup locations through the real route handlers, each location registered with the
// three sandbox couriers by the worker's use case. What reached the couriers is counted at the
// sandbox; what was queued is counted in pg-boss's own job table.
let sandbox: RunningSandbox;
let cookie = "";
const accounts: Record<CourierCode, string> = { SHIPROCKET: "", EKART: "", DELHIVERY: "" };
const REGISTER = {
  SHIPROCKET: "POST /shiprocket/v1/external/settings/company/addpickup",
  EKART: "POST /ekart/api/v2/address",
  DELHIVERY: "POST /delhivery/api/backend/clientwarehouse/create/",
};
const sent = (code: CourierCode) => sandbox.requests.filter((r) => r === REGISTER[code]).length;
const sentAll = () => (Object.keys(REGISTER) as CourierCode[]).map(sent);

const body = (over: Record<string, unknown> = {}) => ({
  name: "Gurugram Hub",
  line1: "Plot 14, Industrial Area Phase 2",
  line2: "",
  city: "Gurugram",
  state: "Haryana",
  pincode: "122001",
  contactName: "Ravi Kumar",
  contactPhone: "9876543210",
  contactEmail: "ravi@packline.test",
  gstin: "06AABCP1234C1Z4",
  openingHours: { MON: { open: "09:30", close: "18:30" }, SAT: { open: "10:00", close: "14:00" } },
  ...over,
});

async function call<H extends (...a: never[]) => Promise<Response>>(
  handler: H,
  path: string,
  method: string,
  params: Record<string, string>,
  payload?: unknown,
) {
  const req = pageRequest(path, { method, cookie, body: payload });
  const res = await (handler as unknown as (r: Request, c: unknown) => Promise<Response>)(req, {
    params: Promise.resolve(params),
  });
  return {
    status: res.status,
    body: (await res.json()) as PickupLocationView & {
      detail: string;
      errors: Record<string, string[]>;
    },
  };
}

const queued = async () =>
  Number(
    (
      await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM pgboss.job WHERE name = 'pickup-location-register'`
    )[0]!.n,
  );

/** What the worker does with every queued registration: ask the courier, record its answer. */
async function work(locationId: string) {
  const pending = await db.pickupLocationRegistration.findMany({
    where: { pickupLocationId: locationId, status: "PENDING" },
    select: { id: true, attempt: true },
  });
  for (const r of pending)
    await registerPickupLocation({ registrationId: r.id, attempt: r.attempt });
}

const registrations = (locationId: string) =>
  db.pickupLocationRegistration.findMany({
    where: { pickupLocationId: locationId },
    select: {
      status: true,
      courierLocationName: true,
      answer: true,
      attempt: true,
      courierAccount: { select: { courier: true } },
    },
    orderBy: { courierAccount: { courier: "asc" } },
  });

beforeAll(async () => {
  sandbox = await startSandbox();
  cookie = await sessionCookie(await createUser("ADMIN"));
  for (const code of Object.keys(accounts) as CourierCode[])
    accounts[code] = (
      await createSandboxCourierAccount(sandbox.url, code, { name: `${code} test` })
    ).id;
});
afterAll(() => sandbox.stop());

describe("pickup locations registered with each courier", () => {
  it("refuses bad input with a sentence and saves nothing", async () => {
    for (const [field, value, sentence] of [
      ["gstin", "06AABCP1234C1Z5", /checksum/],
      ["pincode", "012345", /6 digits/],
      ["contactPhone", "12345", /10-digit mobile/],
    ] as const) {
      const res = await call(
        create,
        "/api/admin/pickup-locations",
        "POST",
        {},
        body({ [field]: value }),
      );
      expect(res.status).toBe(422);
      expect(res.body.errors[field]?.[0]).toMatch(sentence);
    }
    expect(await db.pickupLocation.count()).toBe(0);
    expect(await db.pickupLocationRegistration.count()).toBe(0);
  });

  it("registers a new location with all three couriers and keeps each answer", async () => {
    const res = await call(create, "/api/admin/pickup-locations", "POST", {}, body());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: "Gurugram Hub", isDefault: true });
    expect(res.body.registrations.map((r) => r.status)).toEqual(["PENDING", "PENDING", "PENDING"]);
    expect(await queued()).toBe(3);
    expect(sentAll()).toEqual([0, 0, 0]); // nothing is sent by the request itself

    await work(res.body.id);
    expect(sentAll()).toEqual([1, 1, 1]);
    const rows = await registrations(res.body.id);
    expect(rows.map((r) => [r.courierAccount.courier, r.status, r.courierLocationName])).toEqual([
      ["SHIPROCKET", "REGISTERED", "Gurugram Hub"],
      ["EKART", "REGISTERED", "Gurugram Hub"],
      ["DELHIVERY", "REGISTERED", "Gurugram Hub"],
    ]);
    expect(rows[2]!.answer).toBe("A new client warehouse has been created in HQ(Delhivery).");
    expect(rows[0]!.answer).toMatch(/^Pickup location added: pickup id \d+/);
  });

  it("keeps a courier's refusal in its words, and registers again only what it refused", async () => {
    // Delhivery already holds a warehouse of this name (registered outside Packline).
    const delhivery = await getCourierForAccount(accounts.DELHIVERY);
    const address = {
      name: "x",
      phone: "9876543210",
      line1: "1 Road",
      city: "Pune",
      state: "MH",
      pincode: "411001",
      country: "IN" as const,
    };
    await delhivery.registerPickupLocation({ name: "Pune Store", address, openingHours: {} });
    const res = await call(
      create,
      "/api/admin/pickup-locations",
      "POST",
      {},
      body({ name: "Pune Store", pincode: "411001" }),
    );
    await work(res.body.id);
    const rows = await registrations(res.body.id);
    expect(rows.map((r) => r.status)).toEqual(["REGISTERED", "REGISTERED", "FAILED"]);
    expect(rows[2]!.answer).toMatch(/with name: Pune Store already exists/);

    const path = `/api/admin/pickup-locations/${res.body.id}/registrations/${accounts.SHIPROCKET}`;
    const refused = await call(registerAgain, path, "POST", {
      id: res.body.id,
      accountId: accounts.SHIPROCKET,
    });
    expect(refused.status).toBe(409);
    const again = await call(
      registerAgain,
      path.replace(accounts.SHIPROCKET, accounts.DELHIVERY),
      "POST",
      { id: res.body.id, accountId: accounts.DELHIVERY },
    );
    expect(again.status).toBe(200);
    const row = (await registrations(res.body.id))[2]!;
    expect(row).toMatchObject({ status: "PENDING", attempt: 2, answer: null });
    // the first attempt's late answer is not recorded over the new attempt
    const id = (
      await db.pickupLocationRegistration.findFirstOrThrow({
        where: { pickupLocationId: res.body.id, courierAccountId: accounts.DELHIVERY },
      })
    ).id;
    expect(await registerPickupLocation({ registrationId: id, attempt: 1 })).toBe("SUPERSEDED");
  });

  it("an address edit makes every registration stale and registers the new address anew", async () => {
    const location = await db.pickupLocation.findUniqueOrThrow({ where: { name: "Gurugram Hub" } });
    const before = sentAll();
    const res = await call(
      edit,
      `/api/admin/pickup-locations/${location.id}`,
      "PUT",
      { id: location.id },
      body({ line1: "Plot 22, Udyog Vihar" }),
    );
    expect(res.status).toBe(200);
    expect(res.body.registrations.map((r) => [r.status, r.courierLocationName])).toEqual(
      Array(3).fill(["PENDING", "Gurugram Hub v2"]),
    );
    await work(location.id);
    expect(sentAll()).toEqual(before.map((n) => n + 1));
    expect((await registrations(location.id)).map((r) => r.status)).toEqual(
      Array(3).fill("REGISTERED"),
    );
    // opening hours are Packline's own: no courier is asked again
    await call(
      edit,
      `/api/admin/pickup-locations/${location.id}`,
      "PUT",
      { id: location.id },
      body({
        line1: "Plot 22, Udyog Vihar",
        openingHours: { TUE: { open: "08:00", close: "20:00" } },
      }),
    );
    expect(sentAll()).toEqual(before.map((n) => n + 1));
  });

  it("the database keeps exactly one default", async () => {
    await expect(db.pickupLocation.updateMany({ data: { isDefault: true } })).rejects.toThrow();
    await expect(db.pickupLocation.updateMany({ data: { isDefault: false } })).rejects.toThrow(
      /exactly one default/,
    );
    await expect(
      db.pickupLocation.updateMany({ where: { isDefault: true }, data: { active: false } }),
    ).rejects.toThrow();
    expect(await db.pickupLocation.count({ where: { isDefault: true } })).toBe(1);
  });
});
