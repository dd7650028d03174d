import type { PickListSku } from "@/lib/warehouse/group-pick-list";
import { QuantityDialog } from "./quantity-dialog";

export type Dialog = { kind: "pick" | "short"; sku: PickListSku } | null;

/**
 * "Pick…" asks how many, starting at all still to pick. "Not in stock" asks how many are
 * missing, starting at one: a short is never assumed to be everything on the list.
 */
export function PickDialog({
  dialog,
  onCancel,
  onConfirm,
}: {
  dialog: Dialog;
  onCancel: () => void;
  onConfirm: (kind: "pick" | "short", sku: PickListSku, qty: number) => void;
}) {
  if (!dialog) return null;
  const { sku } = dialog;
  const bin = sku.binLocation ?? "—";
  return dialog.kind === "pick" ? (
    <QuantityDialog
      title={`Pick ${sku.title}`}
      detail={`Bin ${bin} · ${sku.remaining} still to pick`}
      max={sku.remaining}
      initial={sku.remaining}
      tone="primary"
      confirmLabel={(n) => `Pick ${n}`}
      onCancel={onCancel}
      onConfirm={(n) => onConfirm("pick", sku, n)}
    />
  ) : (
    <QuantityDialog
      title={`${sku.title} not in stock`}
      detail={`How many are missing from bin ${bin}? Up to ${sku.remaining}. They are marked short on the newest orders, so the oldest can still ship.`}
      max={sku.remaining}
      initial={1}
      tone="danger"
      confirmLabel={(n) => `Mark ${n} short`}
      onCancel={onCancel}
      onConfirm={(n) => onConfirm("short", sku, n)}
    />
  );
}
