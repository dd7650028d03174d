import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("csv", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvLine(["SKU-1", "Tea 500 g", 3, null])).toBe("SKU-1,Tea 500 g,3,\r\n");
  });

  it("quotes commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell('Rice, "Sona" masoori')).toBe('"Rice, ""Sona"" masoori"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded ")).toBe('" padded "');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("-5 units")).toBe("'-5 units");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell("-2+3")).toBe("'-2+3");
  });

  it("keeps a signed amount a number", () => {
    expect(csvCell("-50.00")).toBe("-50.00");
  });

  it("keeps Indian text as it is", () => {
    expect(csvCell("बासमती चावल")).toBe("बासमती चावल");
  });
});
