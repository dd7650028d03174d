import type { PincodeDirectory } from "./pincode-directory";
import { cityKey } from "./place-names";
import {
  addTo,
  addToPlace,
  emptyPlace,
  emptyTally,
  type PlaceHistory,
  type Tally,
} from "./risk-history";
import { scoreOrder, type RiskOrder, type RiskScore } from "./score-order";

export interface ReplayOrder extends RiskOrder {
  id: string;
  placedAt: Date;
  customerPhone: string;
  customerEmail: string | null;
}

/** A forward parcel's end: delivered at its delivery, or back (RTO) from its first RTO scan. */
export interface ReplayParcel {
  orderId: string;
  courier: string | null;
  cameBack: boolean;
  finishedAt: Date;
}

export interface ReplayReturn {
  orderId: string;
  at: Date;
}

type Event =
  | { at: number; kind: "placed"; order: ReplayOrder }
  | { at: number; kind: "parcel"; parcel: ReplayParcel }
  | { at: number; kind: "return"; orderId: string };

function place(map: Map<string, PlaceHistory>, key: string): PlaceHistory {
  let p = map.get(key);
  if (!p) map.set(key, (p = emptyPlace()));
  return p;
}

function push(map: Map<string, string[]>, key: string | null, id: string) {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/**
 * Scores every order as of its placing, with only what had happened before: the events are
 * walked in time order, an order is scored when its placing comes up, and a parcel's end or a
 * return only enters the counters at the moment it happened. At the same instant a placing goes
 * first, so an outcome is never "known" at the moment it happens. This is the backtest's ground
 * and the backfill's: an old order gets the score it would have had when it was placed.
 */
export function replayRisk(
  input: { orders: ReplayOrder[]; parcels: ReplayParcel[]; returns: ReplayReturn[] },
  directory: PincodeDirectory,
  onScored: (order: ReplayOrder, score: RiskScore) => void,
): void {
  const events: Event[] = [
    ...input.orders.map((order) => ({
      at: order.placedAt.getTime(),
      kind: "placed" as const,
      order,
    })),
    ...input.parcels.map((parcel) => ({
      at: parcel.finishedAt.getTime(),
      kind: "parcel" as const,
      parcel,
    })),
    ...input.returns.map((r) => ({
      at: r.at.getTime(),
      kind: "return" as const,
      orderId: r.orderId,
    })),
  ];
  events.sort((a, b) => a.at - b.at || Number(b.kind === "placed") - Number(a.kind === "placed"));

  const ordersById = new Map(input.orders.map((o) => [o.id, o]));
  const merchant = emptyTally();
  const byPin = new Map<string, PlaceHistory>();
  const byCity = new Map<string, PlaceHistory>();
  const outcomes = new Map<string, Tally>();
  const returns = new Map<string, number>();
  const byPhone = new Map<string, string[]>();
  const byEmail = new Map<string, string[]>();

  for (const event of events) {
    if (event.kind === "placed") {
      const { order } = event;
      const earlier = new Set([
        ...(byPhone.get(order.customerPhone) ?? []),
        ...(order.customerEmail ? (byEmail.get(order.customerEmail) ?? []) : []),
      ]);
      const parcels = emptyTally();
      let returned = 0;
      for (const id of earlier) {
        const t = outcomes.get(id);
        if (t) addTo(parcels, t);
        returned += returns.get(id) ?? 0;
      }
      const history = {
        merchant,
        pincode: byPin.get(order.pincode) ?? emptyPlace(),
        city: byCity.get(cityKey(order.city)) ?? emptyPlace(),
        buyer: { orders: earlier.size, parcels, returns: returned },
      };
      onScored(order, scoreOrder(order, history, directory));
      push(byPhone, order.customerPhone, order.id);
      push(byEmail, order.customerEmail, order.id);
    } else if (event.kind === "parcel") {
      const { parcel } = event;
      const order = ordersById.get(parcel.orderId);
      if (!order) continue;
      const one = { finished: 1, rto: parcel.cameBack ? 1 : 0 };
      addTo(merchant, one);
      addToPlace(place(byPin, order.pincode), parcel.courier, one);
      addToPlace(place(byCity, cityKey(order.city)), parcel.courier, one);
      const own = outcomes.get(order.id) ?? emptyTally();
      addTo(own, one);
      outcomes.set(order.id, own);
    } else {
      returns.set(event.orderId, (returns.get(event.orderId) ?? 0) + 1);
    }
  }
}
