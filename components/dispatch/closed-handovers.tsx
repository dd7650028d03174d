"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import type { HandoverSummary } from "@/lib/dispatch/handover-summary";
import { formatIst } from "@/lib/warehouse/format";
import { nextPickupWindow } from "@/lib/validation/dispatch";
import {
  askPickupAgain,
  boardKey,
  manifestHref,
  problemSentence,
  type DockGroup,
} from "./dispatch-api";
import { PickupFields } from "./pickup-fields";

/** Today's closed handovers: their manifests to print and the courier's answer to the pickup. */
export function ClosedHandovers({ groups }: { groups: DockGroup[] }) {
  const closed = groups.flatMap((g) => g.closed.map((h) => ({ group: g, handover: h })));
  if (closed.length === 0) return null;
  return (
    <section aria-labelledby="closed-today" className="flex flex-col gap-3">
      <h2 id="closed-today" className="text-xl font-bold text-slate-900">
        Closed today
      </h2>
      {closed.map(({ group, handover }) => (
        <ClosedCard key={handover.id} group={group} handover={handover} />
      ))}
    </section>
  );
}

function ClosedCard({ group, handover: h }: { group: DockGroup; handover: HandoverSummary }) {
  const link = buttonClass("secondary", "lg");
  return (
    <article
      aria-label={`${group.courierAccountName} handover closed ${h.closedAt ? formatIst(new Date(h.closedAt)) : ""}`}
      className="flex flex-col gap-2 rounded-2xl bg-white p-4 ring-1 ring-slate-200"
    >
      <h3 className="text-lg font-bold text-slate-900">
        {group.courierAccountName} · {h.parcels} parcels
        <span className="ml-2 text-base font-normal text-slate-600">
          closed {h.closedAt && formatIst(new Date(h.closedAt))} by {h.closedByName}
        </span>
      </h3>
      {h.status === "CLOSING" ? (
        <p role="status" className="text-slate-700">
          Asking {group.courierAccountName} for the pickup and manifest…
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <a
            className={buttonClass("primary", "lg")}
            href={manifestHref(h.id, "packline")}
            target="_blank"
            rel="noopener"
          >
            Print manifest
          </a>
          {h.hasCourierManifestPdf && (
            <a className={link} href={manifestHref(h.id, "courier")} target="_blank" rel="noopener">
              {group.courierAccountName} manifest PDF
            </a>
          )}
          {h.manifestUrl && (
            <a
              className={link}
              href={h.manifestUrl}
              target="_blank"
              rel="noopener noreferrer"
              title={h.manifestId ?? undefined}
            >
              {group.courierAccountName} manifest
            </a>
          )}
          {h.manifestError && (
            <p className="text-red-700">
              {group.courierAccountName} refused the manifest: {h.manifestError}
            </p>
          )}
        </div>
      )}
      <PickupLine group={group} handover={h} />
    </article>
  );
}

function PickupLine({ group, handover: h }: { group: DockGroup; handover: HandoverSummary }) {
  const client = useQueryClient();
  const [pickup, setPickup] = useState(() => nextPickupWindow());
  const again = useMutation({
    mutationFn: () => askPickupAgain(h.id, pickup),
    onSuccess: () => client.invalidateQueries({ queryKey: boardKey }),
  });
  const asked = `${h.pickupDate}, ${h.pickupSlot}`;
  if (h.pickupStatus === "SCHEDULED")
    return (
      <p className="text-emerald-800" data-testid="pickup">
        Pickup scheduled
        {h.pickupScheduledFor
          ? ` for ${formatIst(new Date(h.pickupScheduledFor))}`
          : ` on ${asked}`}
        {h.pickupToken ? ` · ${group.courierAccountName} reference ${h.pickupToken}` : ""}
      </p>
    );
  if (h.pickupStatus !== "FAILED")
    return (
      <p className="text-slate-700">
        Pickup asked for {asked}: waiting for {group.courierAccountName}.
      </p>
    );
  return (
    <div className="flex flex-col gap-2">
      <p role="alert" className="text-red-700">
        {group.courierAccountName} refused the pickup: {h.pickupError}
      </p>
      <PickupFields idPrefix={`again-${h.id}`} value={pickup} onChange={setPickup} />
      <button
        type="button"
        className={buttonClass("primary", "lg", "self-start")}
        onClick={() => again.mutate()}
      >
        Ask for the pickup again
      </button>
      {again.isError && <p className="text-red-700">{problemSentence(again.error)}</p>}
    </div>
  );
}
