// The data of bench/webhook-ingest.ts: courier accounts with encrypted secrets, SHIPPED orders
// with BOOKED shipments spread over Shiprocket, Delhivery and Ekart, and the webhook requests,
// signed exactly as the adapters verify (Shiprocket x-api-key, Delhivery x-delhivery-token,
// Ekart HMAC-SHA256 of the body in x-ekart-signature), with one request in ten an exact copy
// of an earlier one.
import pg from "pg";
import { signEkartBody } from "@/lib/couriers/ekart/webhook-signature";
import { encryptSecret } from "@/lib/crypto/secrets";
import type { LoadRequest } from "./http-load";

export const ENCRYPTION_KEY = Buffer.alloc(32, 9);
const SECRETS = { SHIPROCKET: "sr-bench-token", DELHIVERY: "dl-bench-token", EKART: "ek-secret" };
const COURIERS = ["SHIPROCKET", "DELHIVERY", "EKART"] as const;
export const awbOf = (n: number) => `WH${String(8_000_000_000 + n)}`;
const courierOf = (n: number) => COURIERS[n % 3]!;

export async function seedShipments(url: string, shipments: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const [i, courier] of COURIERS.entries())
    await client.query(
      `INSERT INTO "CourierAccount" (id, courier, name, "baseUrl", "credentialsEncrypted",
         "webhookSecretEncrypted", "pickupPincode", "updatedAt")
       VALUES ($1, $2, $3, 'http://127.0.0.1:9', $4, $5, '122001', now())`,
      [
        `ca${i}`,
        courier,
        courier.toLowerCase(),
        encryptSecret(
          JSON.stringify({ email: "x@example.com", password: "x", token: "x" }),
          ENCRYPTION_KEY,
        ),
        encryptSecret(SECRETS[courier], ENCRYPTION_KEY),
      ],
    );
  await client.query(`
    INSERT INTO "Order" (id, source, "externalId", number, "customerName", "customerPhone",
      "addressLine1", city, state, pincode, "paymentMethod", "subtotalPaise", "totalPaise",
      "codAmountPaise", status, "updatedAt")
    SELECT 'o' || g, 'SEED', 'WH-' || g, 'PL-' || (700000 + g), 'Customer ' || g,
      '+919' || lpad(g::text, 9, '0'), g || ', MG Road', 'Bengaluru', 'Karnataka', '560001',
      'PREPAID', 49900, 49900, 0, 'SHIPPED', now()
    FROM generate_series(0, ${shipments - 1}) g;
    INSERT INTO "Shipment" (id, "orderId", "courierAccountId", "idempotencyKey", awb, status,
      "bookedAt", "updatedAt")
    SELECT 's' || g, 'o' || g, 'ca' || (g % 3), 'o' || g || ':FORWARD:1',
      'WH' || (8000000000 + g), 'BOOKED', now() - interval '1 day', now()
    FROM generate_series(0, ${shipments - 1}) g;
    ANALYZE;`);
  await client.end();
}

// Each parcel's scans in the order couriers send them, a few hours apart.
const STEPS = {
  SHIPROCKET: [
    ["PICKED UP", 42],
    ["IN TRANSIT", 18],
    ["REACHED AT DESTINATION HUB", 38],
    ["OUT FOR DELIVERY", 17],
    ["DELIVERED", 7],
  ],
  DELHIVERY: [
    ["Picked Up", "UD"],
    ["In Transit", "UD"],
    ["Pending", "UD"],
    ["Dispatched", "UD"],
    ["Delivered", "DL"],
  ],
  EKART: [
    ["Picked Up"],
    ["In Transit"],
    ["Reached Destination Hub"],
    ["Out For Delivery"],
    ["Delivered"],
  ],
} as const;

const START = Date.UTC(2026, 11, 1, 4, 0, 0);
const ist = (ms: number) => new Date(ms + 330 * 60_000).toISOString().slice(0, 19);

function scanRequest(shipment: number, step: number): LoadRequest {
  const courier = courierOf(shipment);
  const awb = awbOf(shipment);
  const at = START + shipment * 1000 + step * 3 * 3_600_000;
  const json = { "content-type": "application/json" };
  if (courier === "SHIPROCKET") {
    const [status, id] = STEPS.SHIPROCKET[step]!;
    const [date, time] = ist(at).split("T") as [string, string];
    const [y, m, d] = date.split("-");
    const body = JSON.stringify({
      awb,
      current_status: status,
      shipment_status: status,
      shipment_status_id: id,
      current_timestamp: `${d} ${m} ${y} ${time}`,
      scans: [],
    });
    const headers = { ...json, "x-api-key": SECRETS.SHIPROCKET };
    return { method: "POST", path: "/api/webhooks/shiprocket", headers, body };
  }
  if (courier === "DELHIVERY") {
    const [status, type] = STEPS.DELHIVERY[step]!;
    const Status = {
      Status: status,
      StatusType: type,
      StatusDateTime: ist(at),
      StatusLocation: "Bhiwandi_Hub",
    };
    const body = JSON.stringify({ Shipment: { AWB: awb, Status } });
    const headers = { ...json, "x-delhivery-token": SECRETS.DELHIVERY };
    return { method: "POST", path: "/api/webhooks/delhivery", headers, body };
  }
  const [status] = STEPS.EKART[step]!;
  const body = JSON.stringify({ id: awb, status, ctime: at, location: "Gurugram_Hub" });
  const headers = { ...json, "x-ekart-signature": signEkartBody(body, SECRETS.EKART) };
  return { method: "POST", path: "/api/webhooks/ekart", headers, body };
}

/**
 * `count` requests: distinct scans, parcel after parcel step by step (each parcel's scans in
 * time order), with every tenth an exact copy of a random earlier request. Also returns the
 * number of distinct scans, which is how many deliveries must be applied. Parcels from
 * `firstShipment` on; past the seeded ones, they are deliveries about no shipment (warm-up).
 */
export function webhookRequests(count: number, shipments: number, firstShipment = 0) {
  const requests: LoadRequest[] = [];
  let distinct = 0;
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    if (i % 10 === 9) {
      requests.push(requests[Math.floor(random() * requests.length)]!);
      continue;
    }
    const step = Math.floor(distinct / shipments);
    if (step >= 5) throw new Error(`${count} requests need more than ${shipments} shipments`);
    requests.push(scanRequest(firstShipment + (distinct % shipments), step));
    distinct++;
  }
  return { requests, distinct };
}
