import { demoUsers } from "../../../prisma/seed/accounts";
import { asPage, sendPatiently, signInOverHttp, type ClientTally } from "./client";
import type { FaultStack } from "./stack";

const user = (email: string) => demoUsers.find((u) => u.email === email)!;

export interface Sessions {
  admin: string;
  ops: string;
  pickers: string[];
}

export async function signInEveryone(stack: FaultStack, tally: ClientTally): Promise<Sessions> {
  const [web] = stack.webs;
  return {
    admin: await signInOverHttp(tally, web!, user("admin@packline.local")),
    ops: await signInOverHttp(tally, web!, user("ops@packline.local")),
    pickers: [
      await signInOverHttp(tally, web!, user("picker@packline.local")),
      await signInOverHttp(tally, web!, user("picker2@packline.local")),
    ],
  };
}

/**
 * What an admin sets up before the day, through the admin API: the event subscriber, the SMS
 * gateway (the sandbox's), no quiet hours (so customer messages go out at any hour of the test),
 * and the demo store synced every minute, so the run spans several scheduled slots.
 */
export async function setUpAsAdmin(
  stack: FaultStack,
  cookie: string,
  tally: ClientTally,
  subscriberUrl: string,
): Promise<{ subscriberId: string }> {
  const web = stack.webs[1]!;
  const admin = async (method: string, path: string, body: unknown) => {
    const res = await sendPatiently(tally, `${web}${path}`, asPage(web, cookie, method, body));
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const created = await admin("POST", "/api/admin/event-subscribers", {
    name: "Fault run subscriber",
    url: subscriberUrl,
    eventTypes: [],
  });
  await admin("PUT", "/api/admin/customer-notifications", { quietHours: null });
  await admin("PUT", "/api/admin/notification-settings", {
    smtp: null,
    sms: { baseUrl: `${stack.sandbox}/sms`, senderId: "PKLINE", authKey: "sandbox-sms-key" },
    recipients: { emails: [], phones: [] },
  });
  await admin("PUT", "/api/admin/order-source", {
    name: "Demo store (sandbox)",
    baseUrl: `${stack.sandbox}/store`,
    syncIntervalMinutes: 1,
    enabled: true,
  });
  return { subscriberId: created.id as string };
}

/** Ops selects packed orders and starts a bulk booking (POST /api/bulk-bookings). */
export async function startBulkBooking(
  stack: FaultStack,
  cookie: string,
  tally: ClientTally,
  size: number,
): Promise<{ runId: string; orderIds: string[] }> {
  const { rows } = await stack.db.query<{ id: string }>(
    `SELECT o.id FROM "Order" o WHERE o.status = 'PACKED'
       AND NOT EXISTS (SELECT 1 FROM "Shipment" s WHERE s."orderId" = o.id)
     ORDER BY o.number LIMIT $1`,
    [size],
  );
  const orderIds = rows.map((r) => r.id);
  const web = stack.webs[1]!;
  const res = await sendPatiently(
    tally,
    `${web}/api/bulk-bookings`,
    asPage(web, cookie, "POST", { orderIds }),
  );
  const text = await res.text();
  if (!res.ok) throw new Error(`bulk booking refused: ${res.status} ${text}`);
  return { runId: (JSON.parse(text) as { id: string }).id, orderIds };
}
