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

  it("hides unexpected errors behind a 500 that does not promise anything was kept", async () => {
    process.env.LOG_LEVEL = "error";
    const res = errorToResponse(new Error("syntax error at or near FROM"));
    expect(res.status).toBe(500);
    const detail = (await res.json()).detail as string;
    expect(detail).not.toContain("syntax");
    expect(detail).not.toContain("lost");
  });

  it("answers 503 with Retry-After when the database cannot be reached, without its address", async () => {
    process.env.LOG_LEVEL = "error";
    const unreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
      code: "P1001",
      meta: {
        driverAdapterError: { cause: { kind: "DatabaseNotReachable", host: "127.0.0.1" } },
      },
    });
    const shuttingDown = Object.assign(new Error("query failed"), {
      meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "57P01" } } },
    });
    const lostMidQuery = new Error("wrapped", {
      cause: new Error("Connection terminated unexpectedly"),
    });
    for (const error of [unreachable, shuttingDown, lostMidQuery]) {
      const res = errorToResponse(error);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      const body = await res.json();
      expect(body.code).toBe("DATABASE_UNAVAILABLE");
      expect(JSON.stringify(body)).not.toContain("127.0.0.1");
    }
  });

  it("sends Retry-After for an AppError that names one", async () => {
    const res = errorToResponse(
      new AppError("RATE_LIMITED", "Slow down.", { retryAfterSeconds: 12.2 }),
    );
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("13");
  });
});
