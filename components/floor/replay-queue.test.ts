import { describe, expect, it } from "vitest";
import type { QueuedAction } from "./pick-queue";
import { replayQueue, type Delivery } from "./replay-queue";

const action = (id: string, kind: QueuedAction["kind"] = "pick"): QueuedAction => ({
  kind,
  clientEventId: id,
  code: "SKU-1",
  qty: 1,
  title: "Kurta",
  queuedAt: "2026-12-06T10:00:00.000Z",
});

function server(answers: Record<string, Delivery<string>>) {
  const sent: string[] = [];
  const deliver = async (a: QueuedAction) => {
    sent.push(a.clientEventId);
    return answers[a.clientEventId] ?? { kind: "synced" as const, result: `ok ${a.clientEventId}` };
  };
  return { sent, deliver };
}

describe("replayQueue", () => {
  it("sends picks and shorts one by one in the order they were made", async () => {
    const s = server({});
    const report = await replayQueue([action("1"), action("2", "short"), action("3")], s.deliver);
    expect(s.sent).toEqual(["1", "2", "3"]);
    expect(report.synced.map((x) => x.result)).toEqual(["ok 1", "ok 2", "ok 3"]);
    expect(report.waiting).toEqual([]);
  });

  it("sets a refused action aside with the server's sentence and goes on", async () => {
    const s = server({ "2": { kind: "rejected", reason: "Nothing is waiting for SKU-1." } });
    const report = await replayQueue([action("1"), action("2", "short"), action("3")], s.deliver);
    expect(s.sent).toEqual(["1", "2", "3"]);
    expect(report.rejected).toEqual([
      { action: action("2", "short"), reason: "Nothing is waiting for SKU-1." },
    ]);
    expect(report.synced).toHaveLength(2);
  });

  it("stops at the first action the network did not take, keeping it and those after it", async () => {
    const s = server({ "2": { kind: "waiting" } });
    const report = await replayQueue([action("1"), action("2"), action("3", "short")], s.deliver);
    expect(s.sent).toEqual(["1", "2"]);
    expect(report.waiting.map((a) => a.clientEventId)).toEqual(["2", "3"]);
  });
});
