import { describe, expect, it } from "vitest";
import { newClientEventId } from "./client-event-id";

describe("newClientEventId", () => {
  it("makes distinct v4 UUIDs", () => {
    const ids = new Set(Array.from({ length: 100 }, newClientEventId));
    expect(ids.size).toBe(100);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
