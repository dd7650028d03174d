import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/fix-delivery/[token]/route";
import { db } from "@/lib/db";
import { addDays, istToday } from "@/lib/shipping/check-ndr-request";
import { startNdrSandbox } from "@/lib/testing/ndr-sandbox";
import { buyerNdrLinkPath } from "./buyer-link";
import { LINK_REFUSED } from "./buyer-link-refused";
import { getBuyerNdr } from "./get-buyer-ndr";

// A buyer answers a failed delivery from the link in their message: the request reaches the
// sandbox courier as an NDR action, is recorded as the buyer's, and is taken once per attempt.
let sandbox: Awaited<ReturnType<typeof startNdrSandbox>>;
beforeAll(async () => {
  sandbox = await startNdrSandbox("Shiprocket buyer fix");
});
afterAll(() => sandbox.stop());

const tokenOf = (shipmentId: string, now?: Date) =>
  buyerNdrLinkPath(shipmentId, now).replace("/fix-delivery/", "");

async function post(token: string, body: unknown) {
  const res = await POST(
    new NextRequest(`http://localhost/api/fix-delivery/${token}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ token }) },
  );
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const actionsOf = (shipmentId: string) =>
  db.ndrAction.findMany({
    where: { shipmentId },
    select: { kind: true, status: true, payload: true, requestedById: true },
  });

describe("the buyer's fix-delivery link", () => {
  it("sends a new day with a corrected phone and address to the courier, once", async () => {
    const { shipmentId, awb } = await sandbox.ndrShipment();
    const token = tokenOf(shipmentId);
    const page = await getBuyerNdr(token);
    expect(page).toMatchObject({ firstName: "Asha", city: "Mumbai", blocked: null, answers: [] });
    expect(JSON.stringify(page)).not.toContain("4 MG Road");

    const date = addDays(istToday(new Date()), 2);
    const sent = await post(token, {
      kind: "REATTEMPT",
      date,
      phone: "98123 45678",
      addressLine1: "Flat 4B, Lake View Towers",
      landmark: "Hanuman Temple",
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({
      blocked: expect.stringMatching(/already sent to the courier/),
      answers: [
        { kind: "REATTEMPT", status: "ACCEPTED", by: "buyer", date, phone: "+919812345678" },
      ],
    });
    expect(await sandbox.ndrRequests(awb)).toEqual([
      expect.objectContaining({
        action: "re-attempt",
        deferred_date: date,
        phone: "9812345678",
        address1: "Flat 4B, Lake View Towers",
      }),
    ]);
    expect(await actionsOf(shipmentId)).toEqual([
      expect.objectContaining({ kind: "REATTEMPT", status: "ACCEPTED", requestedById: null }),
    ]);

    // A second answer for the same failed attempt is refused with a sentence, and not sent.
    const again = await post(token, { kind: "RTO" });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/^Your answer for this failed delivery was already sent/);
    expect(await sandbox.ndrRequests(awb)).toHaveLength(1);
  });

  it("takes a new pincode only where the courier delivers, and a cancel as a return", async () => {
    const { shipmentId, awb } = await sandbox.ndrShipment();
    const token = tokenOf(shipmentId);
    const date = addDays(istToday(new Date()), 1);
    const move = { kind: "REATTEMPT", date, addressLine1: "12 Beach Road" };
    const unserved = await post(token, { ...move, pincode: "999999" });
    expect(unserved.status).toBe(422);
    expect(unserved.body.errors).toEqual({
      pincode: [expect.stringMatching(/does not deliver to 999999/)],
    });
    const badPhone = await post(token, { kind: "REATTEMPT", date, phone: "12345" });
    expect(badPhone.status).toBe(422);
    expect(await sandbox.ndrRequests(awb)).toEqual([]);

    const moved = await post(token, { ...move, pincode: "530017" });
    expect(moved.status).toBe(200);
    expect(await sandbox.ndrRequests(awb)).toEqual([
      expect.objectContaining({ address1: "12 Beach Road", address2: "PIN 530017" }),
    ]);

    const other = await sandbox.ndrShipment();
    const cancelled = await post(tokenOf(other.shipmentId), { kind: "RTO" });
    expect(cancelled.status).toBe(200);
    expect(await sandbox.ndrRequests(other.awb)).toEqual([
      expect.objectContaining({ action: "return" }),
    ]);
  });

  it("refuses a forged, another parcel's or an expired token with the same sentence", async () => {
    const { shipmentId, awb } = await sandbox.ndrShipment();
    const real = tokenOf(shipmentId);
    const [payload, mac] = real.split(".");
    const forged = `${Buffer.from(`other.${Date.now() / 1000 + 999}`).toString("base64url")}.${mac}`;
    const expired = tokenOf(shipmentId, new Date(Date.now() - 8 * 86_400_000));
    const tampered = `${payload}.${mac!.slice(0, -2)}AA`;
    for (const token of [forged, expired, tampered]) {
      const res = await post(token, { kind: "RTO" });
      expect(res.status).toBe(404);
      expect(res.body.detail).toBe(LINK_REFUSED);
    }
    await expect(getBuyerNdr(expired)).rejects.toThrow(LINK_REFUSED);
    expect(await sandbox.ndrRequests(awb)).toEqual([]);
    expect(await actionsOf(shipmentId)).toEqual([]);
  });
});
