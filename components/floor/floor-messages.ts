import type { ActionResult } from "./floor-api";
import type { QueuedAction } from "./pick-queue";

// What the picker reads after each action, as plain functions of the action and the answer.
export interface Notice {
  tone: "ok" | "warn" | "error";
  text: string;
  /** the action this notice can undo */
  undo?: QueuedAction;
  /** the action is still on this tablet: the notice goes once the queue is empty */
  waiting?: boolean;
}

const what = (a: QueuedAction) =>
  a.kind === "pick" ? `${a.qty} × ${a.title}` : `${a.qty} × ${a.title} not in stock`;

export function waitingNotice(action: QueuedAction): Notice {
  return {
    tone: "warn",
    text: `Saved on this tablet: ${what(action)}. It will sync when the network is back.`,
    undo: action,
    waiting: true,
  };
}

export function rejectedNotice(action: QueuedAction, reason: string): Notice {
  const label = action.kind === "pick" ? "Pick not counted" : "Not marked short";
  return { tone: "error", text: `${label}: ${action.qty} × ${action.title}. ${reason}` };
}

export function syncedNotice(action: QueuedAction, answer: ActionResult): Notice {
  if (answer.kind === "short") {
    const r = answer.result;
    return {
      tone: "warn",
      text: `Marked ${r.qtyShort} × ${r.title} not in stock (orders ${r.orderNumbers.join(", ")}).`,
      undo: action,
    };
  }
  const r = answer.result;
  const extra =
    r.picked < r.requested
      ? ` Only ${r.picked} of ${r.requested} were needed: put ${r.requested - r.picked} back.`
      : "";
  const to = r.allocations.map((a) => a.orderNumber).join(", ");
  return {
    tone: extra ? "warn" : "ok",
    text: `Picked ${r.picked} × ${r.title} → ${to}.${extra}`,
    undo: action,
  };
}

export const syncDoneNotice: Notice = {
  tone: "ok",
  text: "Synced: everything saved on this tablet is counted.",
};

export function undoneNotice(action: QueuedAction): Notice {
  return action.kind === "pick"
    ? { tone: "ok", text: `Undone: ${action.qty} × ${action.title}. Put it back on the shelf.` }
    : { tone: "ok", text: `Short undone: ${action.title} is back on the list to pick.` };
}
