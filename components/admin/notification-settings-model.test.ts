import { describe, expect, it } from "vitest";
import { notificationSettingsInput } from "@/lib/validation/notification-settings";
import { ApiError } from "./api";
import { fieldErrorFrom, splitList } from "./notification-settings-model";

describe("notification settings form helpers", () => {
  it("splits recipient lists typed one per line or with commas", () => {
    expect(splitList(" a@x.in,\nb@x.in ;\n\n c@x.in ")).toEqual(["a@x.in", "b@x.in", "c@x.in"]);
    expect(splitList(null)).toEqual([]);
  });

  it("finds the API error for a field, naming the list entry that is wrong", () => {
    const error = new ApiError("The request body has invalid fields.", 422, {
      "smtp.host": ["Enter the SMTP server's host name"],
      "recipients.phones.1": ["Enter a 10-digit Indian mobile number"],
    });
    const errorFor = fieldErrorFrom(error, { "recipients.phones": ["98765 43210", "12345"] });
    expect(errorFor("smtp.host")).toBe("Enter the SMTP server's host name");
    expect(errorFor("recipients.phones")).toBe("“12345”: Enter a 10-digit Indian mobile number");
    expect(errorFor("smtp.port")).toBeUndefined();
    expect(fieldErrorFrom(new Error("network"))("smtp.host")).toBeUndefined();
  });
});

describe("notification settings schema", () => {
  const base = {
    smtp: { host: "smtp.shop.in", port: 587, secure: false, from: "reports@shop.in" },
    sms: null,
    recipients: { emails: [], phones: [] },
  };
  const fromError = (from: string) =>
    notificationSettingsInput.safeParse({ ...base, smtp: { ...base.smtp, from } }).error?.issues[0]
      ?.message;

  it("accepts a bare sender address or one with a display name", () => {
    expect(fromError("reports@shop.in")).toBeUndefined();
    expect(fromError("Packline Reports <reports@shop.in>")).toBeUndefined();
    expect(fromError("reports at shop")).toMatch(/Enter the sender as/);
    expect(fromError("Packline <reports>")).toMatch(/Enter the sender as/);
  });

  it("explains a missing or impossible port", () => {
    const portError = (port: unknown) =>
      notificationSettingsInput.safeParse({ ...base, smtp: { ...base.smtp, port } }).error
        ?.issues[0]?.message;
    expect(portError(null)).toMatch(/Enter the port/);
    expect(portError(70_000)).toBe("The port is between 1 and 65535");
  });
});
