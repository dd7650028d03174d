import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { decodeCursor, encodeCursor, toPage } from "./pagination";

const shape = z.object({ placedAt: z.string(), id: z.string() });

describe("cursor pagination", () => {
  it("round-trips a cursor", () => {
    const key = { placedAt: "2026-11-22T00:00:00.000Z", id: "o1" };
    expect(decodeCursor(encodeCursor(key), shape)).toEqual(key);
  });

  it("rejects a tampered cursor with a clear error", () => {
    expect(() => decodeCursor("not-a-cursor", shape)).toThrow(AppError);
    expect(() => decodeCursor(encodeCursor({ other: 1 }), shape)).toThrow(/cursor is invalid/);
  });

  it("gives a next cursor only when there is a further row", () => {
    const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
    expect(toPage(rows, 2, (r) => r).nextCursor).toBe(encodeCursor({ id: "b" }));
    expect(toPage(rows, 2, (r) => r).items).toHaveLength(2);
    expect(toPage(rows, 3, (r) => r).nextCursor).toBeNull();
  });
});
