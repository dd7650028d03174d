import { describe, expect, it } from "vitest";
import { ApiError } from "@/components/orders/api-client";
import { errorSentence } from "./pack-api";

describe("errorSentence", () => {
  it("shows the refused field's reason instead of the request's generic title", () => {
    const refused = new ApiError(422, "VALIDATION", "The request body has invalid fields.", {
      reason: ["Say why, in a few words"],
    });
    expect(errorSentence(refused)).toBe("Say why, in a few words.");
  });

  it("keeps the server's sentence for anything else", () => {
    const conflict = new ApiError(409, "CONFLICT", "Order PL-1 is already packed.");
    expect(errorSentence(conflict)).toBe("Order PL-1 is already packed.");
    expect(errorSentence(new Error("boom"))).toBe("Something went wrong. Try again.");
  });
});
