import { randomInt } from "node:crypto";
import type { CourierRequest } from "./http/types";

// The dry-run contract of a courier account (CourierAccount.dryRun), in one place; README.md
// "Pointing at real couriers" explains it for admins and courier-http.ts applies it per call.

/** Every id a dry-run hook makes up starts with this, so later steps can tell it is not real. */
export const DRY_RUN_PREFIX = "DRYRUN";

/**
 * Endpoints (the adapters' `endpoint:` names) that only read, so a dry-run account still calls
 * the courier for them: they change nothing there and they prove the credentials. Anything
 * else (create, orders/create, assign_awb, edit, cancel, pickup, dispatch-date, manifest, ndr,
 * address…) is a write and is answered by the adapter's dry-run hook.
 */
export const READ_ENDPOINTS: ReadonlySet<string> = new Set([
  "auth", // login for a token
  "serviceability",
  "charges", // Delhivery rates
  "tat", // Delhivery transit time
  "estimate", // Ekart rates
  "track",
  "orders", // Shiprocket order search (GET /orders?search=)
  "label", // a real AWB's label; a DRYRUN AWB's label is drawn by Packline
  "ndr-status",
]);

export function isDryRunId(value: string | null | undefined): boolean {
  return typeof value === "string" && value.startsWith(DRY_RUN_PREFIX);
}

/** A fresh synthetic id: "DRYRUN" + time + randomness, unique enough for Shipment.awb's unique index. */
export function newDryRunId(tag = ""): string {
  const time = Date.now().toString(36).toUpperCase();
  const noise = randomInt(36 ** 5)
    .toString(36)
    .toUpperCase()
    .padStart(5, "0");
  return `${DRY_RUN_PREFIX}${tag}${time}${noise}`;
}

const MENTIONS_DRY_RUN_ID = new RegExp(`\\b${DRY_RUN_PREFIX}`);

function mentionsDryRunId(request: CourierRequest): boolean {
  const body =
    typeof request.body === "string"
      ? request.body
      : request.body instanceof URLSearchParams
        ? decodeURIComponent(request.body.toString())
        : request.body === undefined
          ? ""
          : JSON.stringify(request.body);
  const query = Object.values(request.query ?? {}).join(",");
  return [request.path, query, body].some((part) => MENTIONS_DRY_RUN_ID.test(part));
}

/**
 * Whether a dry-run account's request goes to the courier: a read, and not about one of the
 * account's synthetic ids (the courier has never heard of a DRYRUN AWB, so asking it is
 * pointless: the hook answers for it).
 */
export function dryRunCallsCourier(request: CourierRequest): boolean {
  return READ_ENDPOINTS.has(request.endpoint) && !mentionsDryRunId(request);
}

/** Now as an IST wall-clock "YYYY-MM-DD HH:mm:ss", the date format several couriers answer in. */
export function istNow(at = new Date()): string {
  return new Date(at.getTime() + 330 * 60_000).toISOString().slice(0, 19).replace("T", " ");
}
