import { tokenWebhookContractSetup } from "@/lib/testing/courier-contract-sandbox";
import { runCourierContract } from "../contract";
import type { ShipmentStatus } from "../types";

const WEBHOOK_TOKEN = "shiprocket-hook-token-1";

// Canonical target → the Shiprocket shipment status code the sandbox steps to.
const sandboxCode: Partial<Record<ShipmentStatus, number>> = {
  PICKED_UP: 42,
  IN_TRANSIT: 18,
  OUT_FOR_DELIVERY: 17,
  DELIVERED: 7,
  NDR: 21,
  RTO_INITIATED: 9,
  RTO_DELIVERED: 10,
};

runCourierContract("Shiprocket", () =>
  tokenWebhookContractSetup({
    courier: "SHIPROCKET",
    controlName: "shiprocket",
    webhookToken: WEBHOOK_TOKEN,
    sandboxTarget: (to) => sandboxCode[to],
  }),
);
