import { describe, expect, it } from "vitest";
import type { NormalisedWebhook } from "@/lib/couriers/types";
import { inOrderOfParcel } from "./drain-courier-webhooks";

const delivery = (name: string, ...awbs: string[]) => ({
  name,
  events: awbs.map((awb) => ({ update: { awb } }) as unknown as NormalisedWebhook),
});

describe("a drain's batch in order of parcel", () => {
  it("puts deliveries naming a common parcel in one group, in order of receipt", () => {
    const batch = [
      delivery("a1", "A"),
      delivery("b1", "B"),
      delivery("a2", "A"),
      delivery("c1", "C"),
      delivery("bc", "C", "B"),
      delivery("d1", "D"),
      { name: "unreadable", events: { unreadable: "not JSON" } },
      delivery("b2", "B"),
    ];
    const groups = inOrderOfParcel(batch).map((g) => g.map((d) => d.name));
    expect(groups).toEqual([["a1", "a2"], ["b1", "c1", "bc", "b2"], ["d1"], ["unreadable"]]);
  });
});
