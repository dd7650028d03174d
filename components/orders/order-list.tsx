import Link from "next/link";
import type { OrderListRow } from "@/lib/orders/order-list-row";
import { ConfirmationBadge } from "./confirmation-badge";
import { formatIst, formatPaise } from "./format";
import { FlagBadge, StatusBadge } from "./status-badge";
import { RiskBadge } from "./risk-badge";

interface ListProps {
  rows: OrderListRow[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: (ids: string[]) => void;
  isNew: (row: OrderListRow) => boolean;
  selectable: boolean;
}

function Flags({ row, fresh }: { row: OrderListRow; fresh: boolean }) {
  return (
    <span className="flex flex-wrap gap-1">
      {fresh && <FlagBadge tone="sky">New</FlagBadge>}
      {row.flags.shipmentFailed && <FlagBadge tone="red">Shipment failed</FlagBadge>}
      {row.flags.partial && <FlagBadge tone="amber">Partial</FlagBadge>}
      {row.flags.ndrOpen && <FlagBadge tone="red">NDR</FlagBadge>}
      <RiskBadge score={row.riskScore} />
      <ConfirmationBadge state={row.codConfirmation} />
    </span>
  );
}

function SelectBox({ row, props }: { row: OrderListRow; props: ListProps }) {
  return (
    <input
      type="checkbox"
      className="size-5 accent-brand-600"
      aria-label={`Select ${row.number}`}
      checked={props.selected.has(row.id)}
      onChange={() => props.onToggle(row.id)}
    />
  );
}

/** Stacked cards on a phone (number, status and total first), a table from md up. */
export function OrderList(props: ListProps) {
  const { rows } = props;
  const allIds = rows.map((r) => r.id);
  const allSelected = rows.length > 0 && allIds.every((id) => props.selected.has(id));
  return (
    <>
      <ul className="flex flex-col gap-2 md:hidden" aria-label="Orders">
        {rows.map((row) => {
          const fresh = props.isNew(row);
          return (
            <li
              key={row.id}
              data-testid="order-row"
              data-order-number={row.number}
              className={`flex items-start gap-3 rounded-xl border p-3 ${fresh ? "border-sky-300 bg-sky-50" : "border-slate-200 bg-white"}`}
            >
              {props.selectable && (
                <span className="pt-1">
                  <SelectBox row={row} props={props} />
                </span>
              )}
              <Link href={`/orders/${row.id}`} className="min-w-0 flex-1">
                <span className="flex items-center justify-between gap-2">
                  <span className="font-semibold text-brand-700">{row.number}</span>
                  <StatusBadge status={row.status} />
                </span>
                <span className="mt-1 flex items-center justify-between gap-2 text-sm">
                  <span className="truncate text-slate-700">{row.customerName}</span>
                  <span className="font-semibold text-slate-900">
                    {formatPaise(row.totalPaise)}
                  </span>
                </span>
                <span className="mt-1 flex flex-wrap items-center justify-between gap-2 text-xs text-slate-500">
                  <span>
                    {formatIst(row.placedAt)} · {row.paymentMethod === "COD" ? "COD" : "Prepaid"}
                  </span>
                  <Flags row={row} fresh={fresh} />
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      <div className="hidden overflow-x-auto rounded-xl border border-slate-200 bg-white md:block">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              {props.selectable && (
                <th scope="col" className="w-10 px-3 py-2">
                  <input
                    type="checkbox"
                    className="size-5 accent-brand-600"
                    aria-label="Select all orders on this page"
                    checked={allSelected}
                    onChange={() => props.onToggleAll(allSelected ? [] : allIds)}
                  />
                </th>
              )}
              <th scope="col" className="px-3 py-2">
                Order
              </th>
              <th scope="col" className="px-3 py-2">
                Placed
              </th>
              <th scope="col" className="px-3 py-2">
                Customer
              </th>
              <th scope="col" className="px-3 py-2">
                Status
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Total
              </th>
              <th scope="col" className="px-3 py-2">
                Payment
              </th>
              <th scope="col" className="px-3 py-2">
                Shipment
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const fresh = props.isNew(row);
              return (
                <tr
                  key={row.id}
                  data-testid="order-row"
                  data-order-number={row.number}
                  className={fresh ? "bg-sky-50" : "hover:bg-slate-50"}
                >
                  {props.selectable && (
                    <td className="px-3 py-2">
                      <SelectBox row={row} props={props} />
                    </td>
                  )}
                  <td className="px-3 py-2">
                    <Link
                      href={`/orders/${row.id}`}
                      className="font-semibold text-brand-700 hover:underline"
                    >
                      {row.number}
                    </Link>
                    <div className="mt-0.5">
                      <Flags row={row} fresh={fresh} />
                    </div>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-slate-600">
                    {formatIst(row.placedAt)}
                  </td>
                  <td className="px-3 py-2">
                    <div className="text-slate-900">{row.customerName}</div>
                    <div className="text-xs text-slate-500">
                      {row.city} {row.pincode}
                    </div>
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={row.status} />
                  </td>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">
                    {formatPaise(row.totalPaise)}
                  </td>
                  <td className="px-3 py-2 text-slate-600">
                    {row.paymentMethod === "COD" ? "COD" : "Prepaid"} ·{" "}
                    {row.paymentStatus.toLowerCase()}
                  </td>
                  <td className="px-3 py-2 text-xs text-slate-600">
                    {row.shipment?.awb ? (
                      <>
                        <div className="font-mono text-slate-800">{row.shipment.awb}</div>
                        <div>{row.shipment.courier?.toLowerCase()}</div>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
