import { readDelhiveryWebhook } from "@/lib/couriers/delhivery/webhook";
import { readEkartWebhook } from "@/lib/couriers/ekart/webhook";
import { readShiprocketWebhook } from "@/lib/couriers/shiprocket/webhook";
import type { NormalisedWebhook } from "@/lib/couriers/types";
import type { CourierCode } from "@/lib/generated/prisma/enums";

type Reader = (rawBody: string) => NormalisedWebhook[] | null;

// A stored body was verified when it arrived; its token is redacted, so it is only read again.
export const COURIER_WEBHOOK_READERS: Record<string, { courier: CourierCode; read: Reader }> = {
  shiprocket: { courier: "SHIPROCKET", read: readShiprocketWebhook },
  ekart: { courier: "EKART", read: readEkartWebhook },
  delhivery: { courier: "DELHIVERY", read: readDelhiveryWebhook },
};

/** The providers whose stored deliveries the worker applies (drain-courier-webhooks.ts). */
export const COURIER_WEBHOOK_PROVIDERS = Object.keys(COURIER_WEBHOOK_READERS);
