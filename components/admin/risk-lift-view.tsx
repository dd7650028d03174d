import { formatIst } from "@/components/orders/format";
import type { RiskLift } from "@/lib/risk/get-risk-lift";

const pct = (rate: number) => `${(rate * 100).toFixed(1)}\u00a0%`;
const count = (n: number) => n.toLocaleString("en-IN");
const istDay = (iso: string) => formatIst(iso).replace(/,? \d{1,2}:\d{2}.*$/, "");

/** The lift figure, the sentence on what it rests on, and the decile table. */
export function RiskLiftView({ lift }: { lift: RiskLift }) {
  if (lift.lift === null || lift.overallRate === null)
    return (
      <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-700">
        Not enough finished history to judge the score yet: {lift.orders} finished order
        {lift.orders === 1 ? "" : "s"}, {lift.rto} came back. The figure needs at least ten finished
        orders with at least one RTO among them.
      </p>
    );
  const top = lift.deciles[0]!;
  return (
    <div className="flex flex-col gap-4">
      <section
        aria-label="Lift"
        className="rounded-xl border border-slate-200 bg-white p-4 text-slate-800"
      >
        <p className="text-3xl font-bold text-slate-900" data-testid="risk-lift">
          {lift.lift.toFixed(2)}×
        </p>
        <p className="mt-1">
          The tenth of orders the score put highest came back {pct(top.rate)} of the time (
          {count(top.rto)} of {count(top.orders)}), against {pct(lift.overallRate)} overall (
          {count(lift.rto)} of {count(lift.orders)}).
        </p>
        <p className="mt-2 text-sm text-slate-600">
          This rests on {count(lift.orders)} finished orders placed between {istDay(lift.from!)} and{" "}
          {istDay(lift.to!)}, {count(lift.rto)} of them RTO.{" "}
          {lift.rto < 100
            ? "With fewer than 100 RTOs the top tenth's rate can move a lot with a few parcels: read it as a direction, not a measurement."
            : "Enough RTOs for the top tenth's rate to be more than chance, though a change in what the shop sells or where can still move it."}
        </p>
      </section>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">RTO rate per tenth of orders by score</caption>
          <thead className="bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-3 py-2">
                Tenth (by score)
              </th>
              <th scope="col" className="px-3 py-2">
                Scores
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                Orders
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                RTO
              </th>
              <th scope="col" className="px-3 py-2 text-right">
                RTO rate
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {lift.deciles.map((d) => (
              <tr key={d.decile} data-testid="risk-decile">
                <td className="px-3 py-2">
                  {d.decile === 1 ? "1 (highest)" : d.decile === 10 ? "10 (lowest)" : d.decile}
                </td>
                <td className="px-3 py-2 tabular-nums">
                  {d.minScore === d.maxScore ? d.minScore : `${d.minScore}–${d.maxScore}`}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{d.orders}</td>
                <td className="px-3 py-2 text-right tabular-nums">{d.rto}</td>
                <td className="px-3 py-2 text-right tabular-nums">{pct(d.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
