import type { Caller } from "@/lib/auth/caller";
import type { OrderActor } from "./transition-order";

/** The history names the signed-in person; the label says how they acted. */
export function actorFromCaller(caller: Caller): OrderActor {
  return { userId: caller.id, label: caller.via === "api-token" ? "api" : "user" };
}
