import { NextRequest } from "next/server";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as whatsappHook } from "@/app/api/webhooks/whatsapp/route";
import { db } from "@/lib/db";
import { deliverDueNotifications } from "@/lib/notify/deliver-notifications";
import { updateCustomerNotificationSettings } from "@/lib/notify/customer/customer-settings";
import { updateNotificationSettings } from "@/lib/notify/settings";
import { updateWhatsAppSettings } from "@/lib/notify/whatsapp/whatsapp-settings";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { setFulfilmentFlag } from "@/lib/orders/order-fixtures";
import { createOrderWithLines } from "@/lib/testing/floor-fixtures";
import { createPicker, createProduct } from "@/lib/testing/picking-fixtures";
import { createUser } from "@/lib/testing/packing-fixtures";
import { control, startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import { startWebhookForwarder } from "@/lib/testing/webhook-forwarder";
import type { CodConfirmationRuleInput } from "@/lib/validation/cod-confirmation";
import { allocatePick } from "@/lib/warehouse/allocate-pick";
import { getPickListStats } from "@/lib/warehouse/get-pick-list-stats";
import { listPickList } from "@/lib/warehouse/list-pick-list";
import { listOrders } from "@/lib/orders/list-orders";
import { listOrdersQuery } from "@/lib/validation/order";
import { cancelWave } from "@/lib/waves/cancel-wave";
import { createCart } from "@/lib/waves/create-cart";
import { releaseWave } from "@/lib/waves/release-wave";
import { SANDBOX_SMS_AUTH_KEY } from "@/sandbox/sms";
import {
  SANDBOX_WHATSAPP_PHONE_ID,
  SANDBOX_WHATSAPP_TOKEN,
  type SentWhatsApp,
} from "@/sandbox/whatsapp";
import { answerByLink } from "./answer-by-link";
import { getBuyerConfirmation } from "./buyer-confirmation";
import { runCodConfirmation } from "./cod-confirmation-job";
import { saveCodConfirmationRule } from "./cod-confirmation-rule";
import { decideConfirmation } from "./decide-confirmation";
import { expireConfirmations } from "./expire-confirmations";

// COD confirmation end to end against a real PostgreSQL and the sandbox: orders inserted as any
// path inserts them, the job applying the rule, messages delivered to the sandbox's SMS and
// WhatsApp, the buyer's WhatsApp button reply posted back by the sandbox (signed, as Meta does)
// through the real webhook route, the pick list, allocation and wave release reading the result.
const APP_SECRET = "cod-confirm-wa-secret";
let sandbox: RunningSandbox;
let forwarder: Awaited<ReturnType<typeof startWebhookForwarder>>;
let adminId: string;
let picker: { id: string; name: string };
let minutes = 500;

const RULE: CodConfirmationRuleInput = {
  enabled: true,
  everyCod: false,
  minAmountRupees: 1000,
  minRiskScore: null,
  combine: "ANY",
  deadlineHours: 24,
  channels: ["WHATSAPP", "SMS"],
};

beforeAll(async () => {
  sandbox = await startSandbox();
  forwarder = await startWebhookForwarder(async (_path, body, headers) => {
    const req = new NextRequest("http://localhost/api/webhooks/whatsapp", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    const res = await whatsappHook(req, { params: Promise.resolve({}) });
    return { status: res.status, body: (await res.json()) as unknown };
  });
  await control(sandbox.url, "/_control/whatsapp/webhook", {
    url: `${forwarder.url}/whatsapp`,
    appSecret: APP_SECRET,
  });
  adminId = (await createUser("ADMIN")).id;
  picker = await createPicker("Cod Picker");
  await updateNotificationSettings(
    {
      smtp: null,
      sms: { baseUrl: `${sandbox.url}/sms`, senderId: "PKLINE", authKey: SANDBOX_SMS_AUTH_KEY },
      recipients: { emails: [], phones: [] },
    },
    adminId,
  );
  await updateWhatsAppSettings(
    {
      baseUrl: `${sandbox.url}/whatsapp`,
      apiVersion: "v23.0",
      phoneNumberId: SANDBOX_WHATSAPP_PHONE_ID,
      accessToken: SANDBOX_WHATSAPP_TOKEN,
      appSecret: APP_SECRET,
      verifyToken: "cod-confirm-verify",
    },
    adminId,
  );
  await updateCustomerNotificationSettings({ quietHours: null }, adminId);
  await setFulfilmentFlag(true);
  for (const sku of ["CC-1", "CC-2", "CC-3", "CC-4"]) await createProduct(sku);
  await saveCodConfirmationRule(RULE, adminId);
});

afterAll(async () => {
  await forwarder.stop();
  await sandbox.stop();
});

/** An order placed a little after the previous one, inserted straight into the database. */
function place(number: string, sku: string, rupees: number, cod = true) {
  minutes -= 1;
  return createOrderWithLines(number, minutes, [{ sku, ordered: 1 }], {
    status: "PLACED",
    totalPaise: rupees * 100,
    unitPricePaise: rupees * 100,
    cod,
  });
}

const stateOf = (number: string) =>
  db.order.findUniqueOrThrow({
    where: { number },
    select: { id: true, status: true, codConfirmation: true, codConfirmationDueAt: true },
  });

/** What the pick list offers of a SKU: units to pick and the waiting orders' numbers. */
async function onPickList(sku: string) {
  const list = await listPickList({ q: sku, limit: 60 });
  const row = list.groups
    .flatMap((g) => g.subcategories.flatMap((s) => s.skus))
    .find((s) => s.sku === sku);
  return { remaining: row?.remaining ?? 0, waiting: row?.waiting.map((w) => w.orderNumber) ?? [] };
}

const historyOf = (orderId: string) =>
  db.codConfirmationEvent.findMany({
    where: { orderId },
    orderBy: { createdAt: "asc" },
    select: { fromState: true, toState: true, via: true, note: true, replyRef: true },
  });

async function linkTokenOf(orderId: string) {
  const sms = await db.notification.findFirstOrThrow({
    where: { orderId, channel: "SMS", event: "COD_CONFIRMATION" },
    select: { body: true },
  });
  return /\/confirm-order\/([\w-]+\.[\w-]+)/.exec(sms.body)![1]!;
}

describe("COD confirmation", () => {
  it("holds a selected COD order off the pick list, allocation and waves until it is confirmed", async () => {
    await place("CC-PRE", "CC-1", 2000, false);
    await place("CC-LO", "CC-1", 500);
    await place("CC-HI", "CC-1", 2000);
    expect((await stateOf("CC-PRE")).codConfirmation).toBe("NOT_NEEDED");
    expect((await stateOf("CC-HI")).codConfirmation).toBe("CHECKING");
    // Before the rule has run, neither COD order is on the floor: the risk score may not be in yet.
    expect(await onPickList("CC-1")).toEqual({ remaining: 1, waiting: ["CC-PRE"] });

    await runCodConfirmation();
    const hi = await stateOf("CC-HI");
    expect(hi.codConfirmation).toBe("AWAITING");
    expect((await stateOf("CC-LO")).codConfirmation).toBe("NOT_NEEDED");
    expect((await historyOf((await stateOf("CC-LO")).id))[0]!.note).toContain(
      "Rs. 500.00 is below Rs. 1,000.00",
    );
    const queued = await db.notification.findMany({
      where: { orderId: hi.id },
      select: { channel: true, whatsapp: true },
      orderBy: { channel: "asc" },
    });
    expect(queued.map((n) => n.channel)).toEqual(["SMS", "WHATSAPP"]);
    expect(queued[1]!.whatsapp).toMatchObject({
      quickReplies: [`cod-confirm:${hi.id}`, `cod-cancel:${hi.id}`],
    });
    expect(await onPickList("CC-1")).toEqual({ remaining: 2, waiting: ["CC-PRE", "CC-LO"] });
    expect((await getPickListStats({ pickerId: picker.id })).ordersWaiting).toBe(2);

    const cart = await createCart({ name: "CODW", toteCount: 10 });
    const wave = await releaseWave({ cartId: cart.id, releasedBy: picker });
    expect(wave.orders.map((o) => o.orderNumber)).not.toContain("CC-HI");
    expect(wave.orders.map((o) => o.orderNumber)).toEqual(
      expect.arrayContaining(["CC-PRE", "CC-LO"]),
    );
    await cancelWave({ waveId: wave.waveId });

    const pick = await allocatePick({
      code: "CC-1",
      qty: 3,
      clientEventId: randomUUID(),
      picker,
    }).catch((e: unknown) => e);
    expect(pick).toMatchObject({ picked: 2 });
    expect(
      (pick as { allocations: { orderNumber: string }[] }).allocations.map((a) => a.orderNumber),
    ).toEqual(["CC-PRE", "CC-LO"]);
  });

  it("a WhatsApp button reply confirms the order, and the same reply again changes nothing", async () => {
    const hi = await stateOf("CC-HI");
    await deliverDueNotifications();
    const { messages } = (await control(
      sandbox.url,
      "/_control/whatsapp/messages",
      undefined,
      "GET",
    )) as {
      messages: SentWhatsApp[];
    };
    const sent = messages.find((m) => m.quickReplies.includes(`cod-confirm:${hi.id}`));
    expect(sent?.template).toBe("packline_cod_confirmation");
    const sms = (await control(sandbox.url, "/_control/sms/messages", undefined, "GET")) as {
      messages: { message?: string; text?: string }[];
    };
    expect(JSON.stringify(sms.messages)).toContain("/confirm-order/");

    // Meta redelivers: the same reply posted twice, then a typed "yes" to the same message.
    await control(sandbox.url, "/_control/whatsapp/reply", {
      messageId: sent!.id,
      button: 0,
      times: 2,
    });
    await control(sandbox.url, "/_control/whatsapp/reply", { messageId: sent!.id, text: "Yes" });
    expect((await stateOf("CC-HI")).codConfirmation).toBe("CONFIRMED");
    const history = await historyOf(hi.id);
    expect(history.map((h) => h.toState)).toEqual(["AWAITING", "CONFIRMED"]);
    expect(history[1]).toMatchObject({ via: "WHATSAPP", note: "WhatsApp reply: “Confirm”" });
    expect(history[1]!.replyRef).toMatch(/^wamid\./);
    // Confirmed, it joins the pick list (one unit left after the earlier pick).
    expect(await onPickList("CC-1")).toEqual({ remaining: 1, waiting: ["CC-HI"] });
  });

  it("the buyer's cancel on the link page cancels the order; opening the page changes nothing", async () => {
    await place("CC-X", "CC-2", 3000);
    await runCodConfirmation();
    const x = await stateOf("CC-X");
    const token = await linkTokenOf(x.id);
    const view = await getBuyerConfirmation(token);
    expect(view).toMatchObject({ orderNumber: "CC-X", state: "AWAITING", canAnswer: true });
    expect((await stateOf("CC-X")).codConfirmation).toBe("AWAITING");

    const answered = await answerByLink({ token, answer: "CANCEL", client: "203.0.113.7" });
    expect(answered).toMatchObject({ applied: true, state: "CANCELLED", canAnswer: false });
    expect(await stateOf("CC-X")).toMatchObject({
      status: "CANCELLED",
      codConfirmation: "CANCELLED",
    });
    const cancel = await db.orderStatusHistory.findFirstOrThrow({
      where: { orderId: x.id, toStatus: "CANCELLED" },
      select: { reason: true },
    });
    expect(cancel.reason).toBe("The buyer cancelled the COD order on the confirmation page.");
    const again = await answerByLink({ token, answer: "CONFIRM", client: "203.0.113.7" });
    expect(again).toMatchObject({ applied: false, state: "CANCELLED" });
    expect(await onPickList("CC-2")).toEqual({ remaining: 0, waiting: [] });
    await expect(
      answerByLink({ token: `${token}x`, answer: "CONFIRM", client: "203.0.113.8" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an unanswered order goes to ops at its deadline; a late reply still counts until ops decide", async () => {
    await place("CC-Y", "CC-3", 1500);
    await place("CC-Z", "CC-3", 1500);
    await runCodConfirmation();
    const y = await stateOf("CC-Y");
    const due = y.codConfirmationDueAt!;
    expect(await expireConfirmations({ now: new Date(due.getTime() - 60_000) })).toBe(0);
    expect(await expireConfirmations({ now: new Date(due.getTime() + 1_000) })).toBe(2);
    expect((await stateOf("CC-Y")).codConfirmation).toBe("NO_ANSWER");
    expect(await onPickList("CC-3")).toEqual({ remaining: 0, waiting: [] });

    const late = await answerByLink({
      token: await linkTokenOf(y.id),
      answer: "CONFIRM",
      client: "203.0.113.9",
    });
    expect(late).toMatchObject({ applied: true, state: "CONFIRMED" });
    const ops = {
      id: adminId,
      email: "admin@test.in",
      role: "ADMIN" as const,
      via: "session" as const,
      name: "Admin",
    };
    await expect(
      decideConfirmation({
        orderId: y.id,
        answer: "CANCEL",
        note: "Called, no pickup",
        caller: ops,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const z = await stateOf("CC-Z");
    await decideConfirmation({
      orderId: z.id,
      answer: "CANCEL",
      note: "Buyer says they never ordered",
      caller: ops,
    });
    expect(await stateOf("CC-Z")).toMatchObject({
      status: "CANCELLED",
      codConfirmation: "CANCELLED",
    });
    expect(await onPickList("CC-3")).toEqual({ remaining: 1, waiting: ["CC-Y"] });
  });

  it("an order cancelled another way while asked needs no answer any more", async () => {
    await place("CC-S", "CC-3", 1500);
    await runCodConfirmation();
    const s = await stateOf("CC-S");
    const token = await linkTokenOf(s.id);
    await cancelOrder({
      orderId: s.id,
      reason: "Cancelled in the store",
      actor: { label: "store-sync" },
    });
    await runCodConfirmation();
    expect((await stateOf("CC-S")).codConfirmation).toBe("NOT_NEEDED");
    const late = await answerByLink({ token, answer: "CONFIRM", client: "203.0.113.10" });
    expect(late).toMatchObject({ applied: false, cancelled: true, canAnswer: false });
    expect(await stateOf("CC-S")).toMatchObject({
      status: "CANCELLED",
      codConfirmation: "NOT_NEEDED",
    });
  });

  it("a risk rule leaves an unscored order out and says why; with the rule off nothing is held", async () => {
    await saveCodConfirmationRule({ ...RULE, minAmountRupees: null, minRiskScore: 70 }, adminId);
    await place("CC-R0", "CC-4", 800);
    const scored = await place("CC-R1", "CC-4", 800);
    // The risk scorer writes the score in the inserting transaction; here, before the job runs.
    await db.order.update({ where: { id: scored.id }, data: { rtoRiskScore: 85 } });
    await runCodConfirmation();
    const r0 = await stateOf("CC-R0");
    expect(r0.codConfirmation).toBe("NOT_NEEDED");
    expect((await historyOf(r0.id))[0]!.note).toContain("no RTO risk score (not scored)");
    expect((await stateOf("CC-R1")).codConfirmation).toBe("AWAITING");

    await saveCodConfirmationRule({ ...RULE, enabled: false }, adminId);
    await place("CC-OFF", "CC-4", 5000);
    expect((await stateOf("CC-OFF")).codConfirmation).toBe("NOT_NEEDED");
    expect(await onPickList("CC-4")).toEqual({ remaining: 2, waiting: ["CC-R0", "CC-OFF"] });
  });

  it("the order list filters by confirmation state and shows it on each row", async () => {
    const page = await listOrders(listOrdersQuery.parse({ confirmation: "AWAITING,NO_ANSWER" }));
    expect(page.items.map((r) => [r.number, r.codConfirmation])).toEqual([["CC-R1", "AWAITING"]]);
    const confirmed = await listOrders(listOrdersQuery.parse({ confirmation: "CONFIRMED" }));
    expect(confirmed.items.map((r) => r.number).sort()).toEqual(["CC-HI", "CC-Y"]);
    const refused = listOrdersQuery.safeParse({ confirmation: "MAYBE" });
    expect(refused.error?.issues[0]?.message).toBe("Unknown confirmation state.");
  });
});
