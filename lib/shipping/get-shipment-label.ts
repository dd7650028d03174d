import type { Viewer } from "@/lib/auth/viewer";
import type { Courier } from "@/lib/couriers/courier";
import { isDryRunId } from "@/lib/couriers/dry-run";
import { courierAccountSelect, getCourierForAccount } from "@/lib/couriers/registry";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { CourierError } from "@/lib/errors/courier-error";
import type { CourierCode } from "@/lib/generated/prisma/enums";
import { deliveryAddressSelect } from "@/lib/orders/delivery-address-select";
import { shipmentsVisibleTo } from "@/lib/warehouse/packer-visibility";
import { renderDryRunLabel } from "./render-dry-run-label";

const DOWNLOAD_TIMEOUT_MS = 10_000;
const MAX_LABEL_BYTES = 5 * 1024 * 1024;
// what a dry-run label prints of the order (render-dry-run-label.ts)
const dryRunLabelOrderSelect = {
  number: true,
  ...deliveryAddressSelect,
  paymentMethod: true,
  codAmountPaise: true,
} as const;

export interface ShipmentLabel {
  awb: string;
  pdf: Uint8Array;
}

/**
 * The shipping label of a booked shipment as a PDF: the stored copy, else fetched once from the
 * courier (a PDF, or a link to one that is downloaded) and stored, so the label printer keeps
 * working when the courier is slow and a reprint does not call the courier again. A dry-run
 * booking's AWB (DRYRUN…) exists at no courier: Packline draws its practice label itself.
 */
export async function getShipmentLabel(input: {
  shipmentId: string;
  viewer: Viewer;
}): Promise<ShipmentLabel> {
  const shipment = await db.shipment.findFirst({
    where: { id: input.shipmentId, ...shipmentsVisibleTo(input.viewer) },
    select: {
      awb: true,
      labelPdf: true,
      status: true,
      direction: true,
      serviceName: true,
      weightGrams: true,
      courierAccount: { select: courierAccountSelect },
      order: { select: dryRunLabelOrderSelect },
    },
  });
  if (!shipment) throw notFound("The shipment");
  if (!shipment.awb || !shipment.courierAccount)
    throw new AppError("CONFLICT", "This shipment has no AWB yet, so there is no label to print.");
  if (shipment.status === "CANCELLED")
    throw new AppError(
      "CONFLICT",
      `Shipment ${shipment.awb} is cancelled: do not print its label.`,
    );
  if (shipment.labelPdf) return { awb: shipment.awb, pdf: shipment.labelPdf };
  const account = shipment.courierAccount;
  const label = isDryRunId(shipment.awb)
    ? {
        pdf: new Uint8Array(
          await renderDryRunLabel({
            ...shipment,
            awb: shipment.awb,
            courier: account.courier,
            accountName: account.name,
          }),
        ),
        url: null,
      }
    : await fetchLabel(await getCourierForAccount(account), shipment.awb, account.baseUrl);
  await db.shipment.update({
    where: { id: input.shipmentId },
    data: { labelPdf: new Uint8Array(label.pdf), ...(label.url ? { labelUrl: label.url } : {}) },
    select: { id: true },
  });
  return { awb: shipment.awb, pdf: label.pdf };
}

async function fetchLabel(courier: Courier, awb: string, baseUrl: string) {
  try {
    const label = await courier.getLabel([awb]);
    const pdf = label.pdf ?? (await download(label.url, baseUrl, courier.code));
    if (!isPdf(pdf))
      throw new CourierError({
        courier: courier.code,
        kind: "malformed",
        message: `the label for ${awb} is not a PDF`,
      });
    return { pdf, url: label.url };
  } catch (error) {
    if (!(error instanceof CourierError)) throw error;
    throw new AppError(
      "UPSTREAM",
      `Could not get the label for AWB ${awb} from ${courier.code}: ${error.courierMessage ?? error.message}. Try again in a minute.`,
      { cause: error },
    );
  }
}

const isPdf = (bytes: Uint8Array) =>
  bytes.byteLength > 5 && Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";

/**
 * Downloads the label link a courier answered with. Couriers serve labels from their own CDN
 * (https), so any https host is accepted; plain http only from the courier account's own host
 * (the sandbox), never an arbitrary internal address.
 */
async function download(
  url: string | null,
  baseUrl: string,
  code: CourierCode,
): Promise<Uint8Array> {
  const fail = (message: string) => new CourierError({ courier: code, kind: "malformed", message });
  if (!url) throw fail(`${code} returned neither a label PDF nor a link to one.`);
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw fail(`${code} returned a label link that is not a URL.`);
  }
  if (target.protocol !== "https:" && target.origin !== new URL(baseUrl).origin)
    throw fail(`${code} returned a label link on an unexpected host (${target.host}).`);
  const res = await fetch(target, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) }).catch(
    (error: unknown) => {
      throw new CourierError({
        courier: code,
        kind: "network",
        message: `Could not download the label from ${target.host}: ${(error as Error).message}`,
      });
    },
  );
  if (!res.ok) throw fail(`Downloading the label from ${target.host} answered ${res.status}.`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.byteLength > MAX_LABEL_BYTES) throw fail("The label download is larger than 5 MB.");
  return bytes;
}
