import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { CourierError } from "@/lib/errors/courier-error";
import { COURIER_LABEL } from "@/lib/validation/courier-account";
import { buildCourier, courierAccountSelect } from "../registry";

export interface ConnectionTestResult {
  ok: boolean;
  /** one sentence for the admin: what the courier answered */
  message: string;
  checkedAt: Date;
  durationMs: number;
}

function failureSentence(label: string, baseUrl: string, error: CourierError): string {
  const reason = error.courierMessage ?? error.message;
  switch (error.kind) {
    case "auth":
      return `${label} refused the credentials: ${reason}`;
    case "network":
      return `${label} could not be reached at ${baseUrl}. Check the base URL, or try again later.`;
    case "circuit_open":
      return `${label} has been failing, so calls are paused for a moment. Try again in a minute.`;
    default:
      return `${label} answered with an error: ${reason}`;
  }
}

/**
 * Asks the courier, through the account's own adapter and credentials, whether it serves the
 * account's pickup pincode: a read that books nothing, and that needs a login where the courier
 * has one. It calls out even for a dry-run account, whose point is checking the credentials
 * before going live; the adapter is built apart from the registry's cache for that reason.
 */
export async function testCourierConnection(options: {
  accountId: string;
}): Promise<ConnectionTestResult> {
  const row = await db.courierAccount.findUnique({
    where: { id: options.accountId },
    select: courierAccountSelect,
  });
  if (!row) throw notFound("The courier account");
  const label = COURIER_LABEL[row.courier];
  const started = performance.now();
  const done = (ok: boolean, message: string): ConnectionTestResult => ({
    ok,
    message,
    checkedAt: new Date(),
    durationMs: Math.round(performance.now() - started),
  });
  try {
    const courier = buildCourier({ ...row, dryRun: false });
    const answer = await courier.checkServiceability(row.pickupPincode);
    return done(
      true,
      answer.serviceable
        ? `Connected to ${label}: pickup pincode ${row.pickupPincode} is serviceable.`
        : `Connected to ${label}, but it does not serve pickup pincode ${row.pickupPincode}.`,
    );
  } catch (error) {
    if (error instanceof CourierError)
      return done(false, failureSentence(label, row.baseUrl, error));
    if (error instanceof AppError) throw error;
    // An adapter's own check of an answer (e.g. a login without a token) throws a plain Error.
    if (error instanceof Error) return done(false, `${label}: ${error.message}`);
    throw error;
  }
}
