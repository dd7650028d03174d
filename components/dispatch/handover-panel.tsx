"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { PrintLabels } from "@/components/shipping/print-labels";
import { ScanBar } from "@/components/floor/scan-bar";
import { ScanFeedbackBanner, beep, type ScanFeedback } from "@/components/floor/scan-feedback";
import { Button } from "@/components/ui/button";
import { FormDialog } from "@/components/ui/form-dialog";
import { nextPickupWindow } from "@/lib/validation/dispatch";
import {
  boardKey,
  closeHandover,
  problemSentence as message,
  scanInto,
  type DockGroup,
  type PickupChoice,
} from "./dispatch-api";
import { ParcelList } from "./parcel-list";
import { PickupFields } from "./pickup-fields";

/** One courier's pile at one location: scan its parcels in, then close the handover. */
export function HandoverPanel({ group }: { group: DockGroup }) {
  const client = useQueryClient();
  const scanRef = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState("");
  const [feedback, setFeedback] = useState<ScanFeedback | null>(null);
  const [closing, setClosing] = useState(false);
  const [pickup, setPickup] = useState<PickupChoice>(() => nextPickupWindow());
  const refresh = () => client.invalidateQueries({ queryKey: boardKey });
  const show = (next: Omit<ScanFeedback, "at">) => {
    setFeedback({ ...next, at: Date.now() });
    beep(next.tone);
    scanRef.current?.focus();
  };

  const scan = useMutation({
    mutationFn: (awb: string) => scanInto(group, awb),
    onSuccess: (result) => {
      show({
        tone: "ok",
        title:
          result.outcome === "SCANNED"
            ? `${result.awb} in: ${result.count} for ${group.courierAccountName}`
            : `${result.awb} was already scanned into this handover`,
        detail: `Order ${result.orderNumber}`,
      });
      return refresh();
    },
    onError: (error) => {
      show({
        tone: "error",
        title: message(error),
        detail: "Nothing was recorded. Put this parcel aside.",
      });
      return refresh();
    },
  });

  const close = useMutation({
    mutationFn: () => closeHandover(group.open!.id, pickup),
    onSuccess: (result) => {
      setClosing(false);
      show({
        tone: "ok",
        title: `${group.courierAccountName} handover closed: ${result.parcels} parcels`,
        detail: "The manifests are being made and the pickup requested; print them below.",
      });
      return refresh();
    },
  });

  const scanned = group.open?.parcels ?? 0;
  return (
    <section
      aria-label={`${group.courierAccountName} handover`}
      className="grid gap-4 rounded-2xl bg-white p-4 ring-1 ring-slate-200 lg:grid-cols-2"
    >
      <div className="flex flex-col gap-3">
        <h2 className="text-xl font-bold text-slate-900">
          {group.courierAccountName} · {group.locationName}
        </h2>
        <ScanBar
          ref={scanRef}
          value={code}
          onChange={setCode}
          label={`Scan or type an AWB for ${group.courierAccountName}`}
          placeholder="Scan or type the AWB"
          onScan={(awb) => {
            setCode("");
            scan.mutate(awb);
          }}
        />
        <ScanFeedbackBanner feedback={feedback} />
        <p className="text-lg text-slate-800">
          <strong data-testid="scanned-count">{scanned}</strong> scanned ·{" "}
          <strong>{group.waiting.length}</strong> still to scan
        </p>
        <Button size="xl" disabled={scanned === 0} onClick={() => setClosing(true)}>
          Close handover ({scanned})
        </Button>
        {group.waiting.length > 0 && (
          // a torn or missing label at the dock: the pile's labels, in the order they were booked
          <PrintLabels shipmentIds={group.waiting.map((p) => p.shipmentId)} size="lg" />
        )}
      </div>
      <div className="flex min-w-0 flex-col gap-3">
        <ParcelList
          title="Scanned"
          empty="Nothing scanned yet."
          parcels={group.open?.scanned ?? []}
        />
        <ParcelList
          title="Still to scan"
          empty="Every booked parcel is scanned."
          parcels={group.waiting}
        />
      </div>
      <FormDialog
        open={closing}
        title={`Close the ${group.courierAccountName} handover with ${scanned} parcels?`}
        onClose={() => setClosing(false)}
        onSubmit={() => close.mutate()}
      >
        <p className="text-slate-700">
          No more parcels can be scanned into it. {group.courierAccountName} is asked to collect
          them:
        </p>
        <PickupFields idPrefix={`close-${group.key}`} value={pickup} onChange={setPickup} />
        {close.isError && (
          <p role="alert" className="text-red-700">
            {message(close.error)}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" size="lg" onClick={() => setClosing(false)}>
            Keep scanning
          </Button>
          <Button type="submit" size="lg" disabled={close.isPending}>
            Close and request pickup
          </Button>
        </div>
      </FormDialog>
    </section>
  );
}
