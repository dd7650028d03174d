import { tokenWebhookContractSetup } from "@/lib/testing/courier-contract-sandbox";
import { runCourierContract } from "../contract";
import type { ShipmentStatus } from "../types";

const WEBHOOK_TOKEN = "delhivery-hook-token-1";

// Canonical target → the sandbox lifecycle step that Delhivery would report for it.
const sandboxStep: Partial<Record<ShipmentStatus, string>> = {
  PICKUP_SCHEDULED: "pickup-scheduled",
  PICKED_UP: "picked-up",
  IN_TRANSIT: "in-transit",
  OUT_FOR_DELIVERY: "out-for-delivery",
  DELIVERED: "delivered",
  NDR: "undelivered",
  RTO_IN_TRANSIT: "rto-in-transit",
  RTO_DELIVERED: "rto-delivered",
};

runCourierContract("Delhivery", () =>
  tokenWebhookContractSetup({
    courier: "DELHIVERY",
    controlName: "delhivery",
    webhookToken: WEBHOOK_TOKEN,
    sandboxTarget: (to) => sandboxStep[to],
  }),
);
