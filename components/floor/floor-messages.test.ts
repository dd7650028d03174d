import { describe, expect, it } from "vitest";
import { rejectedNotice, syncedNotice, waitingNotice } from "./floor-messages";
import type { QueuedAction } from "./pick-queue";

const short: QueuedAction = {
  kind: "short",
  clientEventId: "c1",
  code: "KUR-1",
  qty: 2,
  title: "Cotton kurta",
  queuedAt: "2026-12-06T10:00:00.000Z",
};

describe("floor notices", () => {
  it("keeps an offline short undoable and marks it waiting", () => {
    expect(waitingNotice(short)).toMatchObject({
      tone: "warn",
      waiting: true,
      undo: short,
      text: "Saved on this tablet: 2 × Cotton kurta not in stock. It will sync when the network is back.",
    });
  });

  it("tells a synced short with its orders, and a refused one with the server's reason", () => {
    const synced = syncedNotice(short, {
      kind: "short",
      result: {
        sku: "KUR-1",
        title: "Cotton kurta",
        stockExceptionId: "e1",
        qtyShort: 2,
        orderNumbers: ["PL-100165"],
        remaining: 0,
        nowReady: [],
        replayed: false,
      },
    });
    expect(synced.text).toBe("Marked 2 × Cotton kurta not in stock (orders PL-100165).");
    expect(synced.waiting).toBeUndefined();
    expect(rejectedNotice(short, "No order is waiting for KUR-1.").text).toBe(
      "Not marked short: 2 × Cotton kurta. No order is waiting for KUR-1.",
    );
  });
});
