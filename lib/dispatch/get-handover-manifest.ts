import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { findVisibleHandover } from "./handover-access";

export interface ManifestFile {
  pdf: Uint8Array;
  filename: string;
}

/**
 * A closed handover's manifest PDF: Packline's dock sheet, or the PDF the courier answered with
 * (Shiprocket and Ekart answer with a link instead, which the screen shows).
 */
export async function getHandoverManifest(input: {
  handoverId: string;
  kind: "packline" | "courier";
  user: { role: Role };
}): Promise<ManifestFile> {
  const handover = await findVisibleHandover(input.handoverId, input.user);
  const row = await db.handover.findUniqueOrThrow({
    where: { id: handover.id },
    select: {
      manifestPdf: input.kind === "packline",
      courierManifestPdf: input.kind === "courier",
    },
  });
  const pdf = input.kind === "packline" ? row.manifestPdf : row.courierManifestPdf;
  if (!pdf)
    throw new AppError(
      "NOT_FOUND",
      input.kind === "packline"
        ? "The manifest is still being made: close the handover, then wait a few seconds."
        : `${handover.courierAccount.name} did not send a manifest PDF for this handover.`,
    );
  const name = `${handover.courierAccount.name}-${handover.closedAt?.toISOString().slice(0, 10) ?? "open"}-${handover.id.slice(-6)}`;
  return {
    pdf,
    filename: `${input.kind === "courier" ? "courier-" : ""}manifest-${name.replace(/[^\w-]+/g, "-")}.pdf`,
  };
}
