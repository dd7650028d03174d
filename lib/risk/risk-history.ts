// What Packline knew about an order's surroundings when it was placed: the input of the pure
// scorer, built from SQL for a live order (load-risk-history.ts) and from a chronological walk
// for the backtest (risk-replay.ts), so both score alike.

/** Finished forward parcels: delivered, or came back (RTO). */
export interface Tally {
  finished: number;
  rto: number;
}

export const emptyTally = (): Tally => ({ finished: 0, rto: 0 });

export interface PlaceHistory {
  tally: Tally;
  /** The same parcels per courier (courier code → tally), for the reason's breakdown. */
  byCourier: Map<string, Tally>;
}

export interface BuyerHistory {
  /** Orders placed earlier with the same phone or e-mail. */
  orders: number;
  /** Their forward parcels that had finished. */
  parcels: Tally;
  /** Customer returns they had asked for (not refused or cancelled). */
  returns: number;
}

export interface RiskHistory {
  merchant: Tally;
  pincode: PlaceHistory;
  city: PlaceHistory;
  buyer: BuyerHistory;
}

export function addTo(tally: Tally, more: Tally): void {
  tally.finished += more.finished;
  tally.rto += more.rto;
}

export function addToPlace(place: PlaceHistory, courier: string | null, more: Tally): void {
  addTo(place.tally, more);
  if (!courier) return;
  let own = place.byCourier.get(courier);
  if (!own) place.byCourier.set(courier, (own = emptyTally()));
  addTo(own, more);
}

export const emptyPlace = (): PlaceHistory => ({ tally: emptyTally(), byCourier: new Map() });
