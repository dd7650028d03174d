import Link from "next/link";
import type { ShippingHealth } from "@/lib/dashboard/get-shipping-health";

function Card(props: {
  label: string;
  value: number;
  href?: string;
  hint?: string;
  alert?: boolean;
}) {
  const body = (
    <>
      <dt className="text-xs font-semibold text-slate-500 uppercase">{props.label}</dt>
      <dd
        className={`text-2xl font-bold ${props.alert && props.value ? "text-red-700" : "text-slate-900"}`}
      >
        {props.value}
      </dd>
      {props.hint ? <dd className="text-xs text-slate-500">{props.hint}</dd> : null}
    </>
  );
  return (
    <div className="rounded-xl bg-white p-3 ring-1 ring-slate-200">
      {props.href ? (
        <Link href={props.href} className="block">
          {body}
        </Link>
      ) : (
        body
      )}
    </div>
  );
}

/** What needs ops today, and the last 7 and 30 days' bookings and deliveries. */
export function ShippingHealthCards({ health }: { health: ShippingHealth }) {
  const { ndrWaiting: ndr, trend } = health;
  const sum = (days: number, key: "booked" | "delivered") =>
    trend.slice(-days).reduce((n, t) => n + t[key], 0);
  return (
    <dl
      className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6"
      aria-label="Shipping today"
    >
      <Card
        label="Bookings failed"
        value={health.bookingsFailed}
        href="/shipping?status=FAILED"
        alert
      />
      <Card
        label="NDRs waiting"
        value={ndr.underOneDay + ndr.oneToTwoDays + ndr.threeDaysOrMore}
        href="/shipping?status=NDR"
        hint={`${ndr.underOneDay} <1 d · ${ndr.oneToTwoDays} 1–2 d · ${ndr.threeDaysOrMore} 3+ d`}
        alert
      />
      <Card label="Pickups due today" value={health.pickupsDueToday} />
      <Card label="Past promised date" value={health.pastEdd} alert />
      <Card label="Booked" value={sum(7, "booked")} hint={`7 days · ${sum(30, "booked")} in 30`} />
      <Card
        label="Delivered"
        value={sum(7, "delivered")}
        hint={`7 days · ${sum(30, "delivered")} in 30`}
      />
    </dl>
  );
}
