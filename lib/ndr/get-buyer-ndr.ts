import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { onceForAttemptBlock } from "@/lib/shipping/claim-ndr-action";
import { reattemptWindow } from "@/lib/shipping/check-ndr-request";
import { ndrActionBlock } from "@/lib/shipping/ndr-rules";
import { ndrSelect, toNdrActionView } from "@/lib/shipping/ndr-view";
import { shipmentOfLink } from "./buyer-link-refused";

/** `payload.by` of what the buyer asks through their link (ops' actions carry a user's name). */
export const BUYER = { id: null, name: "buyer" } as const;

/**
 * What the buyer's fix-delivery page shows. The link travels in an SMS or WhatsApp message and
 * may be forwarded, so it shows only what a courier's doorstep note would: first name, city and
 * pincode, the items, the last four digits of the phone tried. The address itself is never
 * shown; a buyer who needs to correct it types it afresh (they know it), which also keeps a
 * stale line from being sent back unchanged.
 */
export async function getBuyerNdr(token: string, now = new Date()) {
  const id = shipmentOfLink(token, now);
  const row = await db.shipment.findUnique({
    where: { id },
    select: {
      awb: true,
      status: true,
      courierAccount: { select: { courier: true } },
      order: {
        select: {
          number: true,
          customerName: true,
          customerPhone: true,
          city: true,
          pincode: true,
          paymentMethod: true,
          codAmountPaise: true,
          items: { select: { title: true, qtyOrdered: true }, orderBy: { title: "asc" } },
        },
      },
      ...ndrSelect,
    },
  });
  if (!row) throw notFound("The parcel");
  const { order } = row;
  const scan = row.trackingEvents[0];
  const mine = row.ndrActions
    .filter((a) => a.payload && (a.payload as { by?: unknown }).by === BUYER.name)
    .map((a) => toNdrActionView(a, now));
  const why =
    row.status !== "NDR"
      ? "There is no failed delivery to fix on this parcel now."
      : (onceForAttemptBlock(BUYER.name, row.statusAt, row.ndrActions) ??
        ndrActionBlock(row, row.ndrActions, "REATTEMPT", now));
  return {
    orderNumber: order.number,
    firstName: order.customerName.trim().split(/\s+/)[0] ?? "",
    city: order.city,
    pincode: order.pincode,
    phoneEnding: order.customerPhone.replace(/\D/g, "").slice(-4),
    cod: order.paymentMethod === "COD" ? order.codAmountPaise : null,
    items: order.items.map((i) => ({ title: i.title, qty: i.qtyOrdered })),
    awb: row.awb,
    courier: row.courierAccount?.courier ?? null,
    status: row.status,
    reason: scan ? (scan.remarks?.trim() || scan.rawStatus).slice(0, 300) : null,
    failedAt: scan?.occurredAt.toISOString() ?? null,
    dateWindow: reattemptWindow(now),
    /** null when the buyer may answer now; otherwise why not, as a sentence */
    blocked: why,
    answers: mine,
  };
}

export type BuyerNdrView = Awaited<ReturnType<typeof getBuyerNdr>>;
