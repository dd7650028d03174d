import { CourierError } from "@/lib/errors/courier-error";
import type { IssuedToken } from "../http/types";
import { z } from "zod";
import type {
  ManifestResult,
  NdrActionResult,
  RateQuoteResult,
  RegisteredPickupLocation,
} from "../types";
import { rupeeStringToPaise } from "./read";

// Ekart's short answers → Packline's types: token, acknowledgements, manifest and the two rate
// answers. Field names as in Ekart API Docs v3.8.8 (samples in fixtures/documented-samples).

export function readToken(
  body: { access_token?: unknown; expires_in?: unknown } | null,
  now: number,
): IssuedToken {
  const seconds = Number(body?.expires_in);
  if (typeof body?.access_token !== "string" || !body.access_token || !(seconds > 0))
    throw new Error("Ekart token answer has no access_token or no positive expires_in");
  return { token: body.access_token, expiresAt: new Date(now + seconds * 1000) };
}

interface Acknowledgement {
  status?: boolean;
  remark?: string;
  tracking_id?: string;
}

/** DELETE /api/v1/package/cancel answers `{data: [acknowledgement]}`; a refusal never gets here. */
export function readCancelled(body: { data?: Acknowledgement[] } | null): {
  cancelled: boolean;
  message: string | null;
} {
  return { cancelled: true, message: body?.data?.[0]?.remark || null };
}

export function readNdrAck(body: Acknowledgement | null): NdrActionResult {
  return {
    accepted: body?.status === true,
    courierRef: body?.tracking_id || null,
    message: body?.remark || null,
  };
}

const addressAckSchema = z.object({
  status: z.literal(true),
  alias: z.string().nullish(),
  remark: z.string().nullish(),
});

/** POST /api/v2/address answers {status, alias, remark}; a refusal (status false) never gets here. */
export function readAddressAck(alias: string, body: unknown): RegisteredPickupLocation {
  const parsed = addressAckSchema.safeParse(body);
  if (!parsed.success)
    throw new CourierError({
      courier: "EKART",
      kind: "malformed",
      message: "Ekart's address registration answer could not be read.",
    });
  const registered = parsed.data.alias || alias;
  return {
    courierLocationName: registered,
    courierLocationId: null,
    message: parsed.data.remark || `Address registered as ${registered}.`,
    raw: body,
  };
}

export function readManifest(
  body: { manifestNumber?: number; manifestDownloadUrl?: string } | null,
  dryRun: boolean,
): ManifestResult {
  // a dry-run account's manifest exists nowhere, so it has no link to download
  if (!body?.manifestDownloadUrl && !dryRun)
    throw new CourierError({
      courier: "EKART",
      kind: "malformed",
      message: "Ekart manifest answer has no download URL",
    });
  return {
    manifestId: String(body?.manifestNumber ?? ""),
    manifestUrl: body?.manifestDownloadUrl ?? null,
    pdf: null,
  };
}

export type EkartEstimate = Record<string, string | undefined>;
export type EkartLanes = { tat?: { min?: number; max?: number }; courierGroup?: string }[];

/**
 * One Surface quote from the price estimate and the v3 lane list: served when some courier
 * group serves the lane and the estimate has a total; promised days from the lanes' TAT.
 */
export function readQuote(
  cod: boolean,
  estimate: EkartEstimate | null,
  lanes: unknown,
): RateQuoteResult {
  const groups: EkartLanes = Array.isArray(lanes) ? lanes : [];
  const days = groups
    .map((g) => g.tat?.max ?? g.tat?.min)
    .filter((d): d is number => typeof d === "number" && d > 0);
  const charge = rupeeStringToPaise(estimate?.total);
  return {
    serviceable: groups.length > 0 && charge !== null,
    serviceCode: "SURFACE",
    serviceName: `Ekart Surface${estimate?.zone ? ` (zone ${estimate.zone})` : ""}`,
    chargePaise: charge,
    promisedDays: days.length ? Math.min(...days) : null,
    codAvailable: cod && groups.length > 0,
    raw: { estimate, lanes },
  };
}
