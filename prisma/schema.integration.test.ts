import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// Proves the migrated database matches schema.prisma: every model is written and read back
// through Prisma Client. A model added to the schema without a line here fails the test.
const modelsInSchema = [
  ...readFileSync(path.join(__dirname, "schema.prisma"), "utf8").matchAll(/^model (\w+) \{/gm),
].map((m) => m[1]);

describe("the migrated database matches schema.prisma", () => {
  it("writes and reads every model", async () => {
    const written = new Set<string>();
    const seen = (model: string) => written.add(model);

    const user = await db.user.create({
      data: { email: "rt@packline.test", name: "RT", role: "OPS", passwordHash: "h" },
    });
    seen("User");
    await db.apiToken.create({ data: { name: "ci", tokenHash: "hash-1", userId: user.id } });
    seen("ApiToken");
    await db.userSession.create({ data: { userId: user.id, expiresAt: new Date() } });
    seen("UserSession");
    const product = await db.product.create({
      data: {
        sku: "RT-1",
        title: "Round trip",
        category: "Test",
        lengthCm: 10.5,
        barcode: "8900000000001",
      },
    });
    seen("Product");
    const order = await db.order.create({
      data: {
        source: "MANUAL",
        externalId: "rt-1",
        number: "RT-1",
        customerName: "C",
        customerPhone: "+919876543210",
        addressLine1: "1 MG Road",
        city: "Bengaluru",
        state: "Karnataka",
        pincode: "560001",
        paymentMethod: "COD",
        subtotalPaise: 100,
        totalPaise: 100,
        items: {
          create: {
            productId: product.id,
            sku: "RT-1",
            title: "Round trip",
            unitPricePaise: 100,
            qtyOrdered: 2,
            orderPlacedAt: new Date(),
          },
        },
        statusHistory: { create: { toStatus: "PLACED", actorId: user.id, actorLabel: "user" } },
        notes: { create: { authorId: user.id, body: "Fragile" } },
      },
      include: { items: true },
    });
    ["Order", "OrderItem", "OrderStatusHistory", "OrderNote"].forEach(seen);
    // Maintained by a trigger, never written by the app: read it back to prove the trigger runs.
    const demand = await db.skuDemand.findUniqueOrThrow({ where: { sku: "RT-1" } });
    expect(demand).toMatchObject({ qtyOrdered: 2, openLines: 1 });
    seen("SkuDemand");
    const item = order.items[0]!;
    await db.pickEvent.create({
      data: { clientEventId: "ce-1", sku: "RT-1", orderItemId: item.id, qty: 1, pickerId: user.id },
    });
    seen("PickEvent");
    await db.stockException.create({
      data: {
        productId: product.id,
        sku: "RT-1",
        productTitle: "Round trip",
        qtyShort: 1,
        orderNumbers: ["RT-1"],
        items: { create: { orderItemId: item.id, qtyShort: 1 } },
      },
    });
    ["StockException", "StockExceptionItem"].forEach(seen);
    await db.putBackTask.create({
      data: {
        orderId: order.id,
        orderItemId: item.id,
        sku: "RT-1",
        title: "Round trip",
        quantity: 1,
        reason: "Cancelled",
        status: "DONE",
        doneAt: new Date(),
        doneById: user.id,
      },
    });
    seen("PutBackTask");
    const cart = await db.cart.create({
      data: { name: "RT", toteCount: 1, totes: { create: { code: "TOTE-RT-01", position: 1 } } },
      select: { id: true, totes: { select: { id: true } } },
    });
    await db.wave.create({
      data: {
        cartId: cart.id,
        releasedById: user.id,
        orders: { create: { orderId: order.id, slot: 1, toteId: cart.totes[0]!.id } },
      },
    });
    ["Cart", "Tote", "Wave", "WaveOrder"].forEach(seen);
    await db.payment.create({
      data: {
        orderId: order.id,
        providerPaymentId: "pay_1",
        amountPaise: 100,
        status: "PAID",
        raw: { id: "pay_1" },
      },
    });
    seen("Payment");
    const account = await db.courierAccount.create({
      data: {
        courier: "DELHIVERY",
        name: "D",
        baseUrl: "http://x",
        credentialsEncrypted: "v1.a.b.c",
        pickupPincode: "560034",
      },
    });
    seen("CourierAccount");
    await db.courierToken.create({
      data: { courierAccountId: account.id, tokenEncrypted: "v1.a.b.c", expiresAt: new Date() },
    });
    seen("CourierToken");
    await db.rateQuote.create({
      data: {
        courierAccountId: account.id,
        pickupPincode: "560034",
        dropPincode: "110017",
        weightSlabGrams: 500,
        cod: false,
        serviceable: true,
        expiresAt: new Date(),
      },
    });
    seen("RateQuote");
    const location = await db.pickupLocation.create({
      data: {
        name: "Main",
        line1: "1 Road",
        city: "Bengaluru",
        state: "Karnataka",
        pincode: "560034",
        contactName: "A",
        contactPhone: "9876543210",
        isDefault: true,
      },
    });
    seen("PickupLocation");
    await db.pickupLocationRegistration.create({
      data: {
        pickupLocationId: location.id,
        courierAccountId: account.id,
        courierLocationName: "Main",
      },
    });
    seen("PickupLocationRegistration");
    await db.pickupRule.create({
      data: { pincodePrefix: "56", pickupLocationId: location.id, position: 1 },
    });
    seen("PickupRule");
    const shipment = await db.shipment.create({
      data: {
        orderId: order.id,
        courierAccountId: account.id,
        idempotencyKey: `${order.id}:FORWARD:1`,
        awb: "RT0001",
        labelPdf: Buffer.from("%PDF"),
        status: "FAILED",
        failureKind: "LEFT_TO_OPS",
        staleReference: "RT-F1",
      },
    });
    expect(shipment).toMatchObject({ failureKind: "LEFT_TO_OPS", staleReference: "RT-F1" });
    seen("Shipment");
    await db.trackingEvent.create({
      data: {
        shipmentId: shipment.id,
        rawStatus: "X",
        occurredAt: new Date(),
        source: "test",
        dedupeKey: "k1",
      },
    });
    seen("TrackingEvent");
    await db.shipmentPromise.create({
      data: { shipmentId: shipment.id, expectedDeliveryAt: new Date(), source: "booking" },
    });
    seen("ShipmentPromise");
    await db.boxPreset.create({
      data: { name: "RT box", lengthCm: 20, breadthCm: 15, heightCm: 10, boxWeightGrams: 100 },
    });
    seen("BoxPreset");
    const handover = await db.handover.create({
      data: { courierAccountId: account.id, locationKey: "main", locationName: "RT" },
    });
    await db.handoverParcel.create({
      data: {
        handoverId: handover.id,
        shipmentId: shipment.id,
        scannedById: user.id,
        scannedByName: "RT",
      },
    });
    ["Handover", "HandoverParcel"].forEach(seen);
    await db.codConfirmationEvent.create({
      data: { orderId: order.id, fromState: "CHECKING", toState: "AWAITING", actorLabel: "RT" },
    });
    seen("CodConfirmationEvent");
    await db.labelBatch.create({
      data: {
        createdById: user.id,
        layout: "A4_FOUR_UP",
        sequence: "SCAN",
        total: 1,
        items: { create: { position: 1, orderNumber: "RT-1", shipmentId: shipment.id } },
      },
    });
    ["LabelBatch", "LabelBatchItem"].forEach(seen);
    const returned = await db.returnRequest.create({
      data: {
        orderId: order.id,
        source: "OPS",
        reason: "DAMAGED",
        requestedBy: "RT",
        items: { create: { orderItemId: item.id, quantity: 1 } },
      },
    });
    expect(returned.status).toBe("REQUESTED");
    ["ReturnRequest", "ReturnRequestItem"].forEach(seen);
    const receipt = await db.receipt.create({
      data: {
        orderId: order.id,
        shipmentId: shipment.id,
        receivedById: user.id,
        lines: {
          create: {
            orderItemId: item.id,
            sku: "RT-1",
            title: "Round trip",
            unitPricePaise: 100,
            ...{ expected: 2, good: 1, damaged: 0, missing: 1 },
          },
        },
        claims: { create: { awb: "RT0001", amountPaise: 100, units: 1 } },
        refund: {
          create: {
            orderId: order.id,
            idempotencyKey: "receipt:rt",
            method: "PREPAID",
            amountPaise: 100,
            basis: "1 unit",
            status: "PENDING",
          },
        },
      },
    });
    expect(receipt.shipmentId).toBe(shipment.id);
    ["Receipt", "ReceiptLine", "CourierClaim", "Refund"].forEach(seen);
    await db.shipmentAwbAlias.create({
      data: { shipmentId: shipment.id, awb: "RT0000", replacedBy: "RT0001" },
    });
    seen("ShipmentAwbAlias");
    await db.lateAwb.create({
      data: {
        shipmentId: shipment.id,
        courierAccountId: account.id,
        awb: "RT0002",
        why: "was booked by a run taken over",
        refusal: "Already picked up",
      },
    });
    seen("LateAwb");
    await db.freightRule.create({
      data: {
        courierAccountId: account.id,
        ...{ volumetricDivisor: 5000, slabGrams: 500, toleranceGrams: 100 },
        ...{ tolerancePercent: 10, disputeWindowDays: 7 },
      },
    });
    await db.freightBillingImport.create({
      data: {
        courierAccountId: account.id,
        fileName: "bill.csv",
        sha256: "0".repeat(64),
        ...{ rows: 1, applied: 1, uploadedById: user.id, uploadedByName: "RT" },
      },
    });
    await db.freightCheck.create({
      data: {
        shipmentId: shipment.id,
        courierAccountId: account.id,
        source: "BILLING_FILE",
        ...{ chargedWeightGrams: 2000, chargedAt: new Date(), deadWeightGrams: 400 },
        ...{ volumetricGrams: 0, volumetricDivisor: 5000, slabGrams: 500 },
        ...{ expectedWeightGrams: 500, excessGrams: 1500, flagged: true },
        dispute: {
          create: {
            deadlineAt: new Date(),
            openedById: user.id,
            openedByName: "RT",
            events: { create: { status: "OPEN", byName: "RT" } },
          },
        },
      },
    });
    await db.freightChargeAsk.create({
      data: { shipmentId: shipment.id, askedAt: new Date(), asks: 1 },
    });
    ["FreightRule", "FreightBillingImport", "FreightCheck", "WeightDispute"].forEach(seen);
    seen("FreightChargeAsk");
    seen("WeightDisputeEvent");
    await db.bookingAttempt.create({
      data: {
        shipmentId: shipment.id,
        courierAccountId: account.id,
        run: 1,
        outcome: "REFUSED",
        reason: "Pincode 795001 is not serviceable",
      },
    });
    seen("BookingAttempt");
    await db.ndrAction.create({
      data: { shipmentId: shipment.id, kind: "REATTEMPT", payload: { date: "2026-11-23" } },
    });
    seen("NdrAction");
    await db.webhookEvent.create({
      data: {
        provider: "razorpay",
        bodyHash: "h1",
        rawBody: "{}",
        headers: {},
        signatureValid: true,
      },
    });
    seen("WebhookEvent");
    await db.webhookRejection.create({
      data: {
        provider: "razorpay",
        reason: "Signature mismatch",
        clientIp: "203.0.113.7",
        headers: {},
        bodyBytes: 2,
        bodyPrefix: "{}",
      },
    });
    seen("WebhookRejection");
    const event = await db.outboxEvent.create({
      data: { type: "OrderPlaced", aggregateType: "Order", aggregateId: order.id, payload: {} },
    });
    seen("OutboxEvent");
    const subscriber = await db.eventSubscriber.create({
      data: {
        name: "s",
        url: "http://x",
        secretEncrypted: "v1.a.b.c",
        eventTypes: ["OrderPlaced"],
      },
    });
    seen("EventSubscriber");
    await db.outboxDelivery.create({ data: { eventId: event.id, subscriberId: subscriber.id } });
    seen("OutboxDelivery");
    await db.notification.create({
      data: { channel: "SMS", recipient: "+919876543210", template: "shipped", body: "Shipped" },
    });
    seen("Notification");
    await db.incident.create({
      data: {
        category: "DELIVERY",
        severity: "HIGH",
        stage: "booking",
        title: "t",
        orderId: order.id,
        context: {},
      },
    });
    seen("Incident");
    const source = await db.orderSourceConfig.create({
      data: { name: "store", baseUrl: "http://x", apiKeyEncrypted: "v1.a.b.c" },
    });
    seen("OrderSourceConfig");
    await db.syncRun.create({ data: { sourceId: source.id, trigger: "test" } });
    seen("SyncRun");
    await db.setting.create({ data: { key: "k", value: { a: 1 } } });
    seen("Setting");
    await db.featureFlag.create({ data: { key: "f", description: "d" } });
    seen("FeatureFlag");
    await db.auditLog.create({
      data: { actorId: user.id, action: "a", entityType: "Order", entityId: order.id },
    });
    seen("AuditLog");
    await db.rateLimitWindow.create({ data: { key: "r", windowStart: new Date(), count: 1 } });
    seen("RateLimitWindow");
    await db.rateLimitCounter.create({ data: { key: "c", points: 1, expire: 1n } });
    seen("RateLimitCounter");
    await db.circuitBreakerState.create({ data: { key: "b" } });
    seen("CircuitBreakerState");
    await db.workerHeartbeat.create({
      data: { workerId: "w", hostname: "h", pid: 1, beatAt: new Date(), startedAt: new Date() },
    });
    seen("WorkerHeartbeat");
    await db.runningJob.create({
      data: { jobId: randomUUID(), queue: "q", attempt: 0, workerId: "w" },
    });
    seen("RunningJob");
    await db.setupToken.create({ data: { tokenHash: "setup-hash", expiresAt: new Date() } });
    seen("SetupToken");
    const run = await db.bulkBookingRun.create({
      data: {
        createdById: user.id,
        total: 1,
        items: {
          create: {
            orderId: order.id,
            state: "BOOKED",
            awb: "RT-AWB",
            courier: "EKART",
            jobId: "8f1d2c3e-0000-4000-8000-000000000001",
          },
        },
      },
      include: { items: true },
    });
    expect(run.items[0]).toMatchObject({ state: "BOOKED", attempt: 1, courier: "EKART" });
    seen("BulkBookingRun");
    seen("BulkBookingItem");
    await db.ndrRule.create({
      data: { paymentMethod: "COD", reasonContains: "refused", waitHours: 24, maxAttempts: 2 },
    });
    seen("NdrRule");
    await db.ndrRuleStep.create({
      data: { shipmentId: shipment.id, attemptAt: new Date(), kind: "REATTEMPT", outcome: "ok" },
    });
    seen("NdrRuleStep");
    await db.notificationTemplate.create({
      data: { event: "shipped", channel: "WHATSAPP", body: "{{first_name}}", whatsappName: "t" },
    });
    seen("NotificationTemplate");
    await db.customerNoticeEvent.create({ data: { eventId: event.id } });
    seen("CustomerNoticeEvent");
    await db.courierDayStats.create({
      data: {
        day: new Date("2026-03-02"),
        courier: "EKART",
        fromDistrict: "560",
        toDistrict: "110",
        ...{ shipments: 1, delivered: 1, rto: 0, promised: 1, onTime: 1, firstAttempt: 1 },
        ...{ deliverDaysSum: 2.5, deliverDaysCount: 1, chargePaiseSum: 6000n, charged: 1 },
      },
    });
    seen("CourierDayStats");
    await db.courierDayStatsStale.create({ data: { day: new Date("2026-03-03") } });
    seen("CourierDayStatsStale");
    const remitted = await db.remittanceImport.create({
      data: {
        courierAccountId: "acct",
        fileSha256: "f".repeat(64),
        lineCount: 1,
        addedCount: 1,
        totalPaise: 49900n,
      },
    });
    seen("RemittanceImport");
    await db.remittanceLine.create({
      data: {
        importId: remitted.id,
        courierAccountId: "acct",
        awb: "RT0000",
        reference: "UTR1",
        amountPaise: 49900n,
        remittedAt: new Date(),
      },
    });
    seen("RemittanceLine");
    await db.remittanceSetting.create({
      data: { courier: "EKART", lateAfterDays: 12, columns: { awb: "Tracking ID" } },
    });
    seen("RemittanceSetting");

    const back = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      include: {
        items: { include: { pickEvents: true, stockExceptions: true } },
        shipments: {
          include: { trackingEvents: true, ndrActions: true, promises: true, awbAliases: true },
        },
        payments: true,
        incidents: true,
        notes: true,
        statusHistory: true,
      },
    });
    expect(back.items[0]?.pickEvents).toHaveLength(1);
    expect(back.shipments[0]!.trackingEvents[0]).toMatchObject({ kind: "SCAN", statusCoded: true });
    expect(back.shipments[0]!.awbAliases.map((a) => a.awb)).toEqual(["RT0000"]);
    expect(back.shipments[0]!.promises).toHaveLength(1);
    expect(Buffer.from(back.shipments[0]!.labelPdf!).toString()).toBe("%PDF");
    expect(
      Number((await db.product.findUniqueOrThrow({ where: { id: product.id } })).lengthCm),
    ).toBe(10.5);
    expect([...written].sort()).toEqual([...modelsInSchema].sort());
  });
});
