import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as importReport } from "@/app/api/remittance/imports/route";
import { GET as listRows } from "@/app/api/remittance/rows/route";
import { db } from "@/lib/db";
import { createSandboxCourierAccount } from "@/lib/testing/courier-fixtures";
import { createUser } from "@/lib/testing/packing-fixtures";
import { sessionCookie } from "@/lib/testing/session-cookie";
import { startSandbox, type RunningSandbox } from "@/lib/testing/start-sandbox";
import {
  buildRemittanceParcels,
  REMITTANCE_PARCELS,
  SHORT_BY_PAISE,
} from "@/prisma/seed/remittance-parcels";
import { loadReconciliationSummary } from "./load-reconciliation-summary";
import { saveRemittanceRules } from "./save-remittance-rules";
import { DEFAULT_REMITTANCE_RULES } from "./courier-defaults";

let sandbox: RunningSandbox;
let cookie: string;
let accountId: string;
const shiprocket = REMITTANCE_PARCELS.filter((p) => p.courier === "SHIPROCKET");
const parcel = (outcome: string) => shiprocket.find((p) => p.outcome === outcome)!;

beforeAll(async () => {
  sandbox = await startSandbox();
  cookie = await sessionCookie(await createUser("OPS"));
  const account = await createSandboxCourierAccount(sandbox.url, "SHIPROCKET", { name: "Remit" });
  accountId = account.id;
  const product = await db.product.create({
    data: { sku: "REMIT-1", title: "Parcel", category: "Test", pricePaise: 100 },
    select: { id: true, sku: true, title: true },
  });
  const rows = buildRemittanceParcels([{ id: account.id, courier: "SHIPROCKET" }], product);
  await db.order.createMany({ data: rows.orders });
  await db.orderItem.createMany({ data: rows.items });
  await db.shipment.createMany({ data: rows.shipments });
});

afterAll(() => sandbox.stop());

function upload(csv: string, query = `accountId=${accountId}&fileName=report.csv`) {
  return importReport(
    new NextRequest(new URL(`/api/remittance/imports?${query}`, "http://localhost"), {
      method: "POST",
      headers: { cookie, origin: "http://localhost", "content-type": "text/csv" },
      body: csv,
    }),
    { params: Promise.resolve({}) },
  );
}

async function rows(query: string) {
  const res = await listRows(
    new NextRequest(new URL(`/api/remittance/rows?${query}`, "http://localhost"), {
      headers: { cookie },
    }),
    { params: Promise.resolve({}) },
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Record<string, unknown>[] }).items;
}

const counts = async () => ({
  imports: await db.remittanceImport.count(),
  lines: await db.remittanceLine.count(),
});

describe("a courier's COD remittance report", () => {
  it("imports the sandbox's report once: the same file again changes nothing", async () => {
    const report = await (
      await fetch(`${sandbox.url}/shiprocket/_reports/cod-remittance.csv`)
    ).text();
    expect(sandbox.requests).toContain("GET /shiprocket/_reports/cod-remittance.csv");

    const first = await upload(report);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      alreadyImported: false,
      lineCount: 5,
      addedCount: 5,
    });
    const stored = await db.remittanceLine.findMany({
      where: { awb: parcel("PAID").awb },
      select: { amountPaise: true, remittedAt: true },
    });
    expect(stored.map((l) => Number(l.amountPaise))).toEqual([parcel("PAID").codPaise]);

    const before = await counts();
    const again = await upload(report);
    expect(await again.json()).toMatchObject({ alreadyImported: true, addedCount: 0 });
    expect(await counts()).toEqual(before);
    expect(before).toEqual({ imports: 1, lines: 5 });
  });

  it("flags the short remittance with its difference, the unknown AWB, the late and the awaiting parcel", async () => {
    const short = await rows("state=SHORT");
    expect(short).toEqual([
      expect.objectContaining({
        awb: parcel("SHORT").awb,
        expectedPaise: parcel("SHORT").codPaise,
        remittedPaise: parcel("SHORT").codPaise - SHORT_BY_PAISE,
        differencePaise: SHORT_BY_PAISE,
      }),
    ]);
    const unknown = await rows("state=UNKNOWN");
    expect(unknown).toEqual([
      expect.objectContaining({
        awb: "SR9900000001",
        note: "No parcel of Packline's has this AWB",
      }),
    ]);
    expect((await rows("state=LATE")).map((r) => r.awb)).toEqual([parcel("MISSING").awb]);
    expect((await rows("state=AWAITING")).map((r) => r.awb)).toEqual([parcel("AWAITING").awb]);
    expect((await rows("state=REMITTED")).length).toBe(3);

    const summary = await loadReconciliationSummary();
    const shortTotals = summary.totals.find((t) => t.state === "SHORT")!;
    expect(shortTotals.expectedPaise - shortTotals.remittedPaise).toBe(SHORT_BY_PAISE);
  });

  it("counts a parcel late only after the courier's days have passed", async () => {
    const missing = parcel("MISSING");
    await saveRemittanceRules({
      courier: "SHIPROCKET",
      rules: {
        ...DEFAULT_REMITTANCE_RULES.SHIPROCKET,
        lateAfterDays: missing.deliveredDaysAgo + 5,
      },
    });
    expect((await rows("state=LATE")).map((r) => r.awb)).toEqual([]);
    const inTenDays = new Date(Date.now() + 10 * 86_400_000);
    const later = await loadReconciliationSummary({ now: inTenDays });
    expect(later.totals.find((t) => t.state === "LATE")?.parcels).toBe(1);
    expect(later.totals.find((t) => t.state === "AWAITING")?.parcels).toBe(1);
    await saveRemittanceRules({
      courier: "SHIPROCKET",
      rules: DEFAULT_REMITTANCE_RULES.SHIPROCKET,
    });
  });

  it("refuses a malformed file with its rows and reasons, and applies nothing of it", async () => {
    const before = await counts();
    const good = (n: number) => `NEW${String(n).padStart(6, "0")},100.00,UTR-X,2026-12-01`;
    const lines = ["AWB Code,Remitted Amount,UTR,Remittance Date"];
    for (let n = 1; n <= 60; n += 1) lines.push(good(n));
    lines[10] = "NEW000010,12.345,UTR-X,2026-12-01";
    lines[20] = ",100,UTR-X,31-02-2026";
    for (let n = 30; n < 55; n += 1) lines[n] = `NEW${n},abc,,2026-12-01`;
    const res = await upload(lines.join("\n"));
    expect(res.status).toBe(422);
    const problem = (await res.json()) as {
      errorCount: number;
      rows: { line: number; reason: string }[];
    };
    expect(problem.errorCount).toBe(27);
    expect(problem.rows).toHaveLength(20);
    expect(problem.rows[0]).toEqual({
      line: 11,
      reason: '"12.345" is not an amount in rupees (like 1299.50).',
    });
    expect(problem.rows[1]!.line).toBe(21);
    expect(problem.rows[1]!.reason).toContain("The AWB is empty");
    expect(problem.rows[1]!.reason).toContain('"31-02-2026" is not a date');
    expect(await counts()).toEqual(before);
  });

  it("refuses a report of another courier's headings, and one that changes an earlier amount", async () => {
    const before = await counts();
    const delhivery = await (
      await fetch(`${sandbox.url}/delhivery/_reports/cod-remittance.csv`)
    ).text();
    const wrong = await upload(delhivery);
    expect(wrong.status).toBe(422);
    expect(JSON.stringify(await wrong.json())).toContain('lacks \\"AWB Code\\" (AWB)');

    const paid = await db.remittanceLine.findFirstOrThrow({
      select: { awb: true, reference: true },
    });
    const changed = await upload(
      `AWB Code,Remitted Amount,UTR,Remittance Date\n${paid.awb},1.00,${paid.reference},2026-12-01\nNEWAWB001,5,U1,2026-12-01\n`,
    );
    expect(changed.status).toBe(422);
    expect(JSON.stringify(await changed.json())).toContain("imported before with another amount");
    expect(await counts()).toEqual(before);
  });

  it("adds only the new lines of a report that overlaps an earlier one", async () => {
    const before = await counts();
    const paid = await db.remittanceLine.findFirstOrThrow({
      select: { awb: true, reference: true, amountPaise: true },
    });
    const amount = (Number(paid.amountPaise) / 100).toFixed(2);
    const res = await upload(
      `AWB Code,Remitted Amount,UTR,Remittance Date\n${paid.awb},${amount},${paid.reference},2026-12-01\n${parcel("MISSING").awb},${(parcel("MISSING").codPaise / 100).toFixed(2)},UTR-LATE,05/12/2026 10:00\n`,
    );
    expect(await res.json()).toMatchObject({ alreadyImported: false, lineCount: 2, addedCount: 1 });
    expect(await counts()).toEqual({ imports: before.imports + 1, lines: before.lines + 1 });
    expect((await rows("state=LATE")).length).toBe(0);
  });
});
