import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

export interface ResolveIncidentInput {
  id: string;
  by: { id: string; name: string };
  note?: string;
}

/** Marks an incident resolved (once: resolving it again keeps the first resolution). */
export async function resolveIncident({ id, by, note }: ResolveIncidentInput) {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { resolvedAt: Date | null; context: Record<string, unknown> }[]
    >`
      SELECT "resolvedAt", context FROM "Incident" WHERE id = ${id} FOR UPDATE`;
    if (!row) throw notFound("The incident");
    if (!row.resolvedAt) {
      await tx.incident.update({
        where: { id },
        data: {
          resolvedAt: new Date(),
          resolvedBy: `${by.name} (${by.id})`,
          ...(note ? { context: { ...row.context, resolution: note } } : {}),
        },
        select: { id: true },
      });
    }
    return tx.incident.findUniqueOrThrow({
      where: { id },
      select: { id: true, resolvedAt: true, resolvedBy: true },
    });
  });
}
