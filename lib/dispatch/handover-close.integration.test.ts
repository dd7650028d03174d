import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getManifest } from "@/app/api/dispatch/handovers/[id]/manifest/route";
import { db } from "@/lib/db";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import {
  bookedParcel,
  closeAs,
  dockUser,
  openHandoverAs,
  runQueuedHandoverJobs,
  sandboxAccount,
  scanAs,
  tomorrowIst,
} from "@/lib/testing/dispatch-fixtures";
import { pdfText } from "@/lib/testing/pdf-text";
import { pageRequest } from "@/lib/testing/session-cookie";
import { startSandbox } from "@/lib/testing/start-sandbox";

// Closing a handover per sandbox courier: the pickup and the manifest through each courier's API
// (counted at the sandbox), the answers kept, and Packline's own dock sheet.
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let packer: Awaited<ReturnType<typeof dockUser>>;

beforeAll(async () => {
  sandbox = await startSandbox();
  packer = await dockUser("PACKER");
});
afterAll(() => sandbox.stop());

// What each courier's API is asked for a pickup and a manifest (Delhivery has no manifest API:
// its sheet is built from a tracking look-up of the waybills).
const CALLS: Record<CourierCode, { pickup: RegExp; manifest: RegExp }> = {
  SHIPROCKET: {
    pickup: /^POST \/shiprocket\/v1\/external\/courier\/generate\/pickup$/,
    manifest: /^POST \/shiprocket\/v1\/external\/manifests\/generate$/,
  },
  EKART: {
    pickup: /^POST \/ekart\/data\/shipment\/dispatch-date$/,
    manifest: /^POST \/ekart\/data\/v2\/generate\/manifest$/,
  },
  DELHIVERY: {
    pickup: /^POST \/delhivery\/fm\/request\/new\/?$/,
    manifest: /^GET \/delhivery\/api\/v1\/packages\/json\/?$/,
  },
};

const count = (from: number, pattern: RegExp) =>
  sandbox.requests.slice(from).filter((r) => pattern.test(r)).length;

describe.each(["SHIPROCKET", "EKART", "DELHIVERY"] as const)("closing a %s handover", (courier) => {
  it("asks the courier once for the pickup and the manifest, keeps the answers and prints the sheet", async () => {
    const account = await sandboxAccount(sandbox.url, courier);
    const prepaid = await bookedParcel(account.id);
    const cod = await bookedParcel(account.id, 129_900);
    const id = String((await openHandoverAs(packer.cookie, account.id)).body.id);
    for (const parcel of [prepaid, cod])
      expect((await scanAs(packer.cookie, id, parcel.awb)).status).toBe(200);

    const mark = sandbox.requests.length;
    expect((await closeAs(packer.cookie, id)).body).toMatchObject({
      status: "CLOSING",
      parcels: 2,
    });
    expect((await closeAs(packer.cookie, id)).body).toMatchObject({
      status: "CLOSING",
      parcels: 2,
    });
    expect(await runQueuedHandoverJobs(id)).toBe(1);

    expect(count(mark, CALLS[courier].pickup)).toBe(1);
    expect(count(mark, CALLS[courier].manifest)).toBe(1);
    const handover = await db.handover.findUniqueOrThrow({ where: { id } });
    expect(handover).toMatchObject({
      status: "CLOSED",
      pickupStatus: "SCHEDULED",
      pickupDate: tomorrowIst(),
      pickupSlot: "10:00-13:00",
      manifestError: null,
      pickupError: null,
    });
    expect(handover.pickupAnswer).not.toBeNull();
    expect(handover.pickupToken ?? handover.pickupScheduledFor).toBeTruthy();
    // Delhivery takes a pickup time: the start of the window the dock chose
    if (courier === "DELHIVERY")
      expect(handover.pickupScheduledFor).toEqual(new Date(`${tomorrowIst()}T10:00:00+05:30`));
    expect(handover.manifestUrl ?? handover.courierManifestPdf).toBeTruthy();
    const shipments = await db.shipment.findMany({
      where: { awb: { in: [prepaid.awb, cod.awb] } },
      select: { status: true, manifestId: true, manifestUrl: true },
    });
    for (const s of shipments) {
      expect(s.status).toBe(courier === "SHIPROCKET" ? "PICKUP_SCHEDULED" : "BOOKED");
      expect(s.manifestId ?? s.manifestUrl).toBe(handover.manifestId ?? handover.manifestUrl);
    }

    // a second run of the job (a retry after its worker died) asks the courier nothing more
    const settled = sandbox.requests.length;
    await runQueuedHandoverJobs(id);
    expect(sandbox.requests.length).toBe(settled);

    const res = await getManifest(
      pageRequest(`/api/dispatch/handovers/${id}/manifest`, { cookie: packer.cookie }),
      {
        params: Promise.resolve({ id }),
      },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    for (const parcel of [prepaid, cod]) {
      expect(text).toContain(parcel.awb);
      expect(text).toContain(parcel.orderNumber);
    }
    expect(text).toContain("Rs. 1,299.00");
    expect(text).toContain("Total parcels: 2");
    expect(text).toContain("Total weight: 1.30 kg");
    expect(text).toMatch(/pickup person: name, signature/);
    expect(text).toMatch(/Packer \(Packline warehouse\)/);
  });
});

describe("a second Delhivery handover the same day", () => {
  it("is collected by the pickup request already open for the warehouse", async () => {
    const account = await sandboxAccount(sandbox.url, "DELHIVERY", "Delhivery second dock");
    const tokens: (string | null)[] = [];
    const mark = sandbox.requests.length;
    for (let round = 0; round < 2; round += 1) {
      const parcel = await bookedParcel(account.id);
      const id = String((await openHandoverAs(packer.cookie, account.id)).body.id);
      expect((await scanAs(packer.cookie, id, parcel.awb)).status).toBe(200);
      await closeAs(packer.cookie, id);
      await runQueuedHandoverJobs(id);
      const handover = await db.handover.findUniqueOrThrow({ where: { id } });
      expect(handover).toMatchObject({
        status: "CLOSED",
        pickupStatus: "SCHEDULED",
        pickupError: null,
      });
      tokens.push(handover.pickupToken);
    }
    expect(count(mark, CALLS.DELHIVERY.pickup)).toBe(2);
    expect(tokens[0]).toBeTruthy();
    expect(tokens[1]).toBe(tokens[0]);
  });
});
