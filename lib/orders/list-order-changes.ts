import { db } from "@/lib/db";
import { orderListSelect, toOrderListRow, type OrderListRow } from "./order-list-row";

// A change is stamped when its statement runs but seen only when its transaction commits, so
// each poll looks back a little further than the previous answer; clients dedupe by version.
const OVERLAP_MS = 5_000;
const MAX_CHANGES = 200;

export interface OrderChanges {
  items: OrderListRow[];
  /** pass back as `since` on the next poll */
  cursor: string;
  /** more changed than one answer holds (an import burst): reload the list instead of merging */
  truncated: boolean;
}

/** Orders changed since a moment: the feed behind the dashboard's live updates. */
export async function listOrderChanges(input: { since: string }): Promise<OrderChanges> {
  const now = new Date();
  const since = new Date(new Date(input.since).getTime() - OVERLAP_MS);
  const rows = await db.order.findMany({
    where: { updatedAt: { gt: since } },
    orderBy: { updatedAt: "asc" },
    take: MAX_CHANGES,
    select: orderListSelect,
  });
  return {
    items: rows.map(toOrderListRow),
    cursor: now.toISOString(),
    truncated: rows.length === MAX_CHANGES,
  };
}
