import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { errorToResponse } from "./problem";

describe("problem+json", () => {
  it("renders an AppError with its status, code and extension members", async () => {
    const res = errorToResponse(
      new AppError("STALE_VERSION", "Changed by someone else, reload.", {
        details: { currentVersion: 4 },
      }),
    );
    expect(res.status).toBe(409);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.json()).toMatchObject({
      status: 409,
      code: "STALE_VERSION",
      detail: "Changed by someone else, reload.",
      currentVersion: 4,
    });
  });

  it("turns zod errors into field errors", async () => {
    const parsed = z
      .object({ pincode: z.string().regex(/^\d{6}$/, "6 digits") })
      .safeParse({ pincode: "12" });
    const res = errorToResponse(parsed.error);
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual({ pincode: ["6 digits"] });
  });

  it("hides unexpected errors behind a 500 that says nothing was lost", async () => {
    process.env.LOG_LEVEL = "error";
    const res = errorToResponse(new Error("connection reset"));
    expect(res.status).toBe(500);
    expect((await res.json()).detail).not.toContain("connection reset");
  });
});
