import { confirmationLinkPath } from "@/lib/cod-confirmation/confirmation-link";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS, ROUTE_POLICY, type RouteKey } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { buyerNdrLinkPath } from "@/lib/ndr/buyer-link";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { createSandboxCourierAccount } from "@/lib/testing/courier-fixtures";
import { createRegisteredLocation } from "@/lib/testing/registered-location";
import {
  fieldsOf,
  HOSTILE_FIELD_VALUES,
  HOSTILE_IDS,
  HOSTILE_QUERY_VALUES,
  hostileBodies,
  plausibleBody,
} from "@/lib/testing/hostile-inputs";
import {
  createPickedOrder,
  createProduct,
  createUser,
  enableFulfilment,
} from "@/lib/testing/packing-fixtures";
import { changedTables, tableFingerprints } from "@/lib/testing/table-fingerprints";
import { ROUTE_KEY, SCHEMAS_KEY, type DeclaredHandler } from "./access";

// Sends hostile path ids, queries, cursors and bodies to every route as a caller the route lets
// in, and fails on any 5xx or any change to the data. The classes are those that once reached
// PostgreSQL as 500s: NUL anywhere, impossible dates, forged cursors, oversized bodies.
type Handler = DeclaredHandler & ((...a: unknown[]) => Promise<Response>);
interface Attempt {
  key: string;
  url: string;
  what: string;
  status: number;
}

const appDir = path.resolve(__dirname, "../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const cookies = new Map<string, string>();
const realIds: Record<string, string> = {};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

/** The real object a path parameter names, by where it sits in the path. */
function realParam(pattern: string, name: string): string | string[] {
  if (name === "nextauth") return ["session"];
  if (name === "key") return realIds.flag!;
  if (name === "awb") return realIds.awb!;
  const prefix = Object.keys(realIds).find((p) => p.startsWith("/") && pattern.startsWith(p));
  return prefix ? realIds[prefix]! : "unknown-id";
}

async function seed() {
  for (const role of ["ADMIN", "OPS", "PICKER", "PACKER"] as const) {
    const user = await createUser(role);
    cookies.set(role, await sessionCookie(user));
    if (role === "OPS") realIds["/api/admin/users/"] = user.id;
  }
  await createProduct("FUZZ-1");
  const order = await createPickedOrder("FUZZ-ORDER", 20, [
    { sku: "FUZZ-1", ordered: 1, picked: 1 },
  ]);
  realIds["/api/orders/"] = order.id;
  const account = await createSandboxCourierAccount("http://127.0.0.1:9", "SHIPROCKET", {
    name: "Fuzz",
    webhookSecret: "fuzz-webhook-secret",
  });
  realIds["/api/admin/courier-accounts/"] = account.id;
  realIds["/api/admin/freight-rules/"] = account.id;
  realIds["/api/admin/pickup-locations/"] = (await createRegisteredLocation([account.id])).id;
  const shipment = await db.shipment.create({
    data: {
      orderId: order.id,
      courierAccountId: account.id,
      idempotencyKey: "fuzz",
      awb: "FUZZAWB123",
      status: "BOOKED",
    },
  });
  realIds["/api/shipments/"] = shipment.id;
  const check = await db.freightCheck.create({
    data: {
      shipmentId: shipment.id,
      courierAccountId: account.id,
      source: "BILLING_FILE",
      chargedWeightGrams: 2000,
      chargedAt: new Date(),
      ...{ deadWeightGrams: 400, volumetricGrams: 0, volumetricDivisor: 5000, slabGrams: 500 },
      ...{ expectedWeightGrams: 500, excessGrams: 1500, flagged: true },
      dispute: {
        create: {
          deadlineAt: new Date(Date.now() + 86_400_000),
          openedById: "fuzz",
          openedByName: "Fuzz",
        },
      },
    },
    select: { id: true, dispute: { select: { id: true } } },
  });
  realIds["/api/freight/checks/"] = check.id;
  realIds["/api/freight/disputes/"] = check.dispute!.id;
  realIds["/api/fix-delivery/"] = buyerNdrLinkPath(shipment.id).replace("/fix-delivery/", "");
  realIds["/api/cod-confirmations/"] = confirmationLinkPath(order.id, new Date()).replace(
    "/confirm-order/",
    "",
  );
  const rule = await db.ndrRule.create({ data: { waitHours: 24, maxAttempts: 2 } });
  realIds["/api/admin/ndr-rules/"] = rule.id;
  const [line] = await db.orderItem.findMany({ where: { orderId: order.id }, take: 1 });
  const task = await db.putBackTask.create({
    data: {
      orderId: order.id,
      orderItemId: line!.id,
      sku: "FUZZ-1",
      title: "Fuzz",
      quantity: 1,
      reason: "Fuzz",
    },
  });
  realIds["/api/put-back-tasks/"] = task.id;
  const returnRequest = await db.returnRequest.create({
    data: { orderId: order.id, source: "OPS", reason: "DAMAGED", requestedBy: "fuzz" },
  });
  realIds["/api/returns/"] = returnRequest.id;
  const ops = await db.user.findFirstOrThrow({ where: { role: "OPS" }, select: { id: true } });
  const cart = await db.cart.create({ data: { name: "FUZZ", toteCount: 1 }, select: { id: true } });
  const wave = await db.wave.create({
    data: { cartId: cart.id, releasedById: ops.id },
    select: { id: true },
  });
  realIds["/api/waves/"] = wave.id;
  const batch = await db.labelBatch.create({
    data: {
      createdById: realIds["/api/admin/users/"]!,
      layout: "A4_FOUR_UP",
      sequence: "SCAN",
      total: 0,
    },
  });
  realIds["/api/label-batches/"] = batch.id;
  const handover = await db.handover.create({
    data: { courierAccountId: account.id, locationKey: "main", locationName: "Fuzz" },
  });
  realIds["/api/dispatch/handovers/"] = handover.id;
  realIds.awb = "FUZZAWB123";
  const incident = await db.incident.create({
    data: { category: "DELIVERY", severity: "LOW", stage: "fuzz", title: "Fuzz", context: {} },
  });
  realIds["/api/incidents/"] = incident.id;
  const subscriber = await db.eventSubscriber.create({
    data: { name: "Fuzz", url: "https://hooks.example/x", secretEncrypted: "x", eventTypes: [] },
  });
  realIds["/api/admin/event-subscribers/"] = subscriber.id;
  const box = await db.boxPreset.create({
    data: { name: "Fuzz box", lengthCm: 20, breadthCm: 15, heightCm: 10, boxWeightGrams: 100 },
  });
  realIds["/api/admin/box-presets/"] = box.id;
  realIds["/api/remittance/settings/"] = "EKART";
  const event = await db.outboxEvent.create({
    data: {
      type: "OrderStatusChanged",
      aggregateType: "Order",
      aggregateId: order.id,
      payload: {},
    },
  });
  const delivery = await db.outboxDelivery.create({
    data: { eventId: event.id, subscriberId: subscriber.id, status: "DEAD" },
  });
  realIds["/api/admin/event-deliveries/"] = delivery.id;
  const webhookEvent = await db.webhookEvent.create({
    data: {
      provider: "ekart",
      bodyHash: "fuzz",
      rawBody: "{}",
      headers: {},
      signatureValid: true,
      status: "FAILED",
    },
  });
  realIds["/api/webhook-events/"] = webhookEvent.id;
  const run = await db.bulkBookingRun.create({
    data: {
      createdById: realIds["/api/admin/users/"]!,
      total: 1,
      items: { create: { orderId: order.id, state: "SKIPPED", reason: "Not packed." } },
    },
  });
  realIds["/api/bulk-bookings/"] = run.id;
  const returned = await db.shipment.create({
    data: { orderId: order.id, courierAccountId: account.id, idempotencyKey: "fuzz-refund" },
    select: { id: true },
  });
  const refund = await db.refund.create({
    data: {
      receipt: { create: { orderId: order.id, shipmentId: returned.id } },
      order: { connect: { id: order.id } },
      idempotencyKey: "receipt_fuzz_refund",
      method: "PREPAID",
      amountPaise: 100,
      basis: "Fuzz",
      status: "FAILED",
      failureReason: "Fuzz",
    },
    select: { id: true },
  });
  realIds["/api/refunds/"] = refund.id;
  await enableFulfilment();
  realIds.flag = "feature.orders.order_fulfillment";
}

function callerCookie(key: RouteKey): string | undefined {
  const rule = ROUTE_POLICY[key];
  if (rule === "public" || rule === "webhook" || rule === "metrics") return undefined;
  return cookies.get(PERMISSIONS[rule][0]);
}

const attempts: Attempt[] = [];
let before: Map<string, string>;
let eventsBefore: number;
/**
 * Tables a refused request may write to by design: refused webhook deliveries are recorded as
 * rejections and counted against their sender's address, and a signed Shiprocket delivery that
 * cannot be read is kept FAILED for inspection (checked on its own below); a signed-in session
 * notes when it was last seen, once a minute, which a slow run of this file reaches.
 */
const LOGS = ["WebhookRejection", "RateLimitCounter", "WebhookEvent", "UserSession"];

beforeAll(async () => {
  await seed();
  before = await tableFingerprints(LOGS);
  eventsBefore = await db.webhookEvent.count();
});

describe("hostile input to every route", () => {
  for (const file of routeFiles(appDir)) {
    const segments = path.relative(appDir, path.dirname(file)).split(path.sep);
    const pattern = `/${segments.join("/")}`;
    it(pattern, async () => {
      const mod = (await import(file)) as Record<string, Handler>;
      for (const method of METHODS.filter((m) => typeof mod[m] === "function")) {
        const handler = mod[method]!;
        const key = handler[ROUTE_KEY]!;
        await fuzzRoute({ handler, key, method, pattern, cookie: callerCookie(key) });
      }
    });
  }

  it("answered every hostile request without a 5xx and changed no data", async () => {
    const byClass = new Map<string, number>();
    for (const a of attempts)
      byClass.set(`${String(a.status)[0]}xx`, (byClass.get(`${String(a.status)[0]}xx`) ?? 0) + 1);
    console.log(
      `hostile input: ${attempts.length} requests to ${new Set(attempts.map((a) => a.key)).size} route handlers; ` +
        [...byClass]
          .sort()
          .map(([c, n]) => `${c} ${n}`)
          .join(", "),
    );
    const failures = attempts.filter((a) => a.status >= 500);
    expect(failures.map((a) => `${a.status} ${a.key} ${a.what} ${a.url.slice(0, 120)}`)).toEqual(
      [],
    );
    expect(changedTables(before, await tableFingerprints(LOGS))).toEqual([]);
    const kept = await db.webhookEvent.groupBy({ by: ["status"], _count: true });
    expect(kept.filter((g) => g.status !== "FAILED").map((g) => g._count)).toEqual([]);
    expect(await db.webhookEvent.count()).toBeGreaterThan(eventsBefore);
    expect(attempts.length).toBeGreaterThan(1_000);
  });
});

interface FuzzTarget {
  handler: Handler;
  key: RouteKey;
  method: string;
  pattern: string;
  cookie?: string;
}

async function fuzzRoute(target: FuzzTarget) {
  const schemas = target.handler[SCHEMAS_KEY] ?? {};
  const paramNames = [...target.pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);
  const realParams = Object.fromEntries(paramNames.map((n) => [n, realParam(target.pattern, n)]));
  const baseBody = schemas.body ? JSON.stringify(plausibleBody(schemas.body)) : undefined;
  const hasBody = target.method !== "GET";

  for (const name of paramNames) {
    for (const id of HOSTILE_IDS) {
      const value = name === "nextauth" ? [id] : id;
      await send(target, {
        params: { ...realParams, [name]: value },
        body: baseBody,
        what: `path ${name}`,
      });
    }
  }
  // Every route refuses NUL in a query; routes with a query schema get every hostile value.
  const queryKeys = fieldsOf(schemas.query);
  for (const queryKey of queryKeys.length ? queryKeys : ["q"]) {
    for (const value of queryKeys.length ? HOSTILE_QUERY_VALUES : ["\u0000", "a\u0000"]) {
      await send(target, {
        params: realParams,
        query: { [queryKey]: value },
        body: baseBody,
        what: `query ${queryKey}`,
      });
    }
  }
  if (!hasBody) return;
  if (schemas.body) {
    const base = plausibleBody(schemas.body);
    for (const field of fieldsOf(schemas.body)) {
      for (const value of HOSTILE_FIELD_VALUES) {
        await send(target, {
          params: realParams,
          body: JSON.stringify({ ...base, [field]: value }),
          what: `body ${field}`,
        });
      }
    }
  }
  // Routes that read their body raw (webhooks) and JSON routes alike. next-auth's own endpoints
  // need a Next.js request scope (cookies()), so their bodies are fuzzed over HTTP in e2e.
  if (schemas.body || target.key.includes("/webhooks/")) {
    for (const { body, type } of hostileBodies()) {
      await send(target, { params: realParams, body, type, what: `raw body ${type}` });
    }
  }
  // Past verification: Shiprocket's token is a plain header, so hostile bodies can be signed.
  if (target.key === "POST /api/webhooks/shiprocket") {
    for (const { body, type } of hostileBodies()) {
      // From an address of its own: the unsigned ones above used up theirs (webhook-refusals.ts).
      const signed = { "x-api-key": "fuzz-webhook-secret", "x-forwarded-for": "203.0.113.50" };
      await send(target, { params: realParams, body, type, headers: signed, what: "signed body" });
    }
  }
}

async function send(
  target: FuzzTarget,
  input: {
    params: Record<string, string | string[]>;
    query?: Record<string, string>;
    body?: string;
    type?: string;
    headers?: Record<string, string>;
    what: string;
  },
) {
  const concrete = target.pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = input.params[name];
    return urlSegment(Array.isArray(value) ? value.join("/") : (value ?? ""));
  });
  const url = new URL(concrete, "http://localhost");
  for (const [k, v] of Object.entries(input.query ?? {})) url.searchParams.set(k, v);
  const withBody = target.method !== "GET" && input.body !== undefined;
  const req = new NextRequest(url, {
    method: target.method,
    body: withBody ? input.body : undefined,
    headers: {
      origin: "http://localhost",
      ...(target.cookie ? { cookie: target.cookie } : {}),
      ...(withBody ? { "content-type": input.type ?? "application/json" } : {}),
      ...input.headers,
    },
  });
  const res = await target.handler(req, { params: Promise.resolve(input.params) });
  await res.arrayBuffer();
  attempts.push({ key: target.key, url: url.toString(), what: input.what, status: res.status });
}

/** The URL is only for the report: the handler gets the params as Next would decode them. */
function urlSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "(broken-unicode)";
  }
}
