import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_REMITTANCE_RULES } from "./courier-defaults";
import { csvRecords, CsvSyntaxError } from "./csv-records";
import { parseIstDateTime } from "./ist-date";
import { readReport } from "./read-report";
import { locateColumns, readRow } from "./report-row";
import { parseRupees } from "./rupees";

async function* chunks(...parts: string[]) {
  for (const part of parts) yield new TextEncoder().encode(part);
}

async function records(...parts: string[]) {
  const out: { line: number; cells: string[] }[] = [];
  for await (const r of csvRecords(chunks(...parts))) out.push(r);
  return out;
}

describe("parseRupees", () => {
  it("reads rupees and paise exactly into integer paise", () => {
    expect(parseRupees("1299.50")).toEqual({ paise: 129950 });
    expect(parseRupees("₹ 1,20,000.05")).toEqual({ paise: 12000005 });
    expect(parseRupees("Rs. 499")).toEqual({ paise: 49900 });
    expect(parseRupees("INR 0.1")).toEqual({ paise: 10 });
    expect(parseRupees("1234567.99")).toEqual({ paise: 123456799 });
  });
  it("refuses what is not an amount, with a reason", () => {
    expect(parseRupees("")).toEqual({ error: "the amount is empty" });
    expect(parseRupees("-10")).toHaveProperty("error", 'the amount "-10" is negative');
    expect(parseRupees("12.345")).toHaveProperty("error");
    expect(parseRupees("12a")).toHaveProperty("error");
    expect(parseRupees("1e3")).toHaveProperty("error");
  });
});

describe("parseIstDateTime", () => {
  it("reads Indian report dates as India time and returns the UTC instant", () => {
    expect(parseIstDateTime("2026-12-01")?.toISOString()).toBe("2026-11-30T18:30:00.000Z");
    expect(parseIstDateTime("01-12-2026")?.toISOString()).toBe("2026-11-30T18:30:00.000Z");
    expect(parseIstDateTime("01/12/2026 14:30")?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(parseIstDateTime("1-Dec-2026 2:30 PM")?.toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(parseIstDateTime("2026-12-01T00:15:09")?.toISOString()).toBe("2026-11-30T18:45:09.000Z");
  });
  it("refuses days not on the calendar and other text", () => {
    expect(parseIstDateTime("31-02-2026")).toBeNull();
    expect(parseIstDateTime("2026-13-01")).toBeNull();
    expect(parseIstDateTime("01-12-2026 25:00")).toBeNull();
    expect(parseIstDateTime("yesterday")).toBeNull();
    expect(parseIstDateTime("")).toBeNull();
  });
});

describe("csvRecords", () => {
  it("reads quoted commas, doubled quotes and line breaks across chunk boundaries", async () => {
    const out = await records('\uFEFFa,b\r\n"x,1","say ""', 'hi"""\n"two\nlines",z\n');
    expect(out).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x,1", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
    ]);
  });
  it("keeps a record without a final line break", async () => {
    expect(await records("a,b\n1,2")).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
    ]);
  });
  it("refuses an unclosed quote, a stray quote, a NUL and bytes that are not UTF-8", async () => {
    await expect(records('a\n"open')).rejects.toThrow(CsvSyntaxError);
    await expect(records('a\nx"y')).rejects.toThrow("quote inside an unquoted value");
    await expect(records("a\n\u0000")).rejects.toThrow("NUL");
    const bad = (async function* () {
      yield new Uint8Array([0x61, 0x0a, 0xff, 0xfe]);
    })();
    await expect(
      (async () => {
        for await (const _ of csvRecords(bad)) void _;
      })(),
    ).rejects.toThrow("not UTF-8");
  });
});

describe("a report row", () => {
  const columns = DEFAULT_REMITTANCE_RULES.SHIPROCKET.columns;
  const headings = ["Order ID", " awb code ", "Remitted Amount", "UTR", "Remittance Date"];

  it("finds the mapped headings without minding case or spaces", () => {
    expect(locateColumns(headings, columns)).toEqual({
      indexes: { awb: 1, amount: 2, reference: 3, remittedAt: 4 },
    });
  });
  it("names the headings a report lacks", () => {
    const found = locateColumns(["Waybill", "COD Amount"], columns);
    expect(found).toHaveProperty("error");
    expect((found as { error: string }).error).toContain('"AWB Code" (AWB)');
  });
  it("reads a row into paise and a UTC time, or says every reason it cannot", () => {
    const { indexes } = locateColumns(headings, columns) as { indexes: never };
    expect(readRow(["PL-1", "SR123456", "1,049.90", "UTR0001", "05-12-2026"], indexes)).toEqual({
      row: {
        awb: "SR123456",
        reference: "UTR0001",
        amountPaise: 104990,
        remittedAt: new Date("2026-12-04T18:30:00.000Z"),
      },
    });
    expect(readRow(["PL-1", "", "ten", "", "32-12-2026"], indexes)).toEqual({
      error:
        'The AWB is empty; the remittance reference (UTR) is empty; "ten" is not an amount in rupees (like 1299.50); "32-12-2026" is not a date (like 01-12-2026 or 2026-12-01).',
    });
  });
});

describe("readReport", () => {
  it("leaves no spool behind when the upload breaks off", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "remit-test-"));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = dir;
    async function* cutShort() {
      yield new TextEncoder().encode("AWB Code,Remitted Amount,UTR,Remittance Date\n");
      yield new TextEncoder().encode("SR1,100.00,UTR1,05-12-2026\n");
      throw new Error("the client went away");
    }
    try {
      await expect(
        readReport(cutShort(), DEFAULT_REMITTANCE_RULES.SHIPROCKET.columns),
      ).rejects.toThrow("the client went away");
      expect((await readdir(dir)).filter((f) => f.startsWith("packline-remit-"))).toEqual([]);
    } finally {
      process.env.TMPDIR = previous;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
