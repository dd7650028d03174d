import type { CourierCode } from "../lib/generated/prisma/enums";
import { DEFAULT_REMITTANCE_RULES } from "../lib/remittance/courier-defaults";
import { csvLine } from "../lib/warehouse/csv";
import { REMITTANCE_PARCELS } from "../prisma/seed/remittance-parcels";
import type { Router } from "./http";

// The COD remittance report each courier's panel exports as CSV (none of the three publishes a
// remittance API), for the demo's delivered COD parcels (prisma/seed/remittance-parcels.ts):
// each courier's own headings, date style and amount style, the short payment and the parcel
// left out as the seed plans them, and one line for an AWB Packline never shipped.
interface ReportStyle {
  path: string;
  extra: [string, (awb: string) => string][];
  date: (d: Date) => string;
  amount: (paise: number) => string;
  unknownAwb: string;
}

const DAY = 86_400_000;
const ist = (d: Date) => new Date(d.getTime() + 330 * 60_000).toISOString();
const rupees = (paise: number) =>
  `${Math.floor(paise / 100)}.${String(paise % 100).padStart(2, "0")}`;
const grouped = (paise: number) =>
  `${Math.floor(paise / 100).toLocaleString("en-IN")}.${String(paise % 100).padStart(2, "0")}`;
const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");

const STYLES: Record<CourierCode, ReportStyle> = {
  SHIPROCKET: {
    path: "/shiprocket/_reports/cod-remittance.csv",
    extra: [
      ["Order ID", (awb) => `SR-${awb.slice(-4)}`],
      ["Courier", () => "Shiprocket Surface"],
    ],
    date: (d) => `${ist(d).slice(0, 10)} ${ist(d).slice(11, 19)}`,
    amount: grouped,
    unknownAwb: "SR9900000001",
  },
  DELHIVERY: {
    path: "/delhivery/_reports/cod-remittance.csv",
    extra: [["Client", () => "PACKLINE"]],
    date: (d) => ist(d).slice(0, 10).split("-").reverse().join("-"),
    amount: rupees,
    unknownAwb: "DL9900000001",
  },
  EKART: {
    path: "/ekart/_reports/cod-remittance.csv",
    extra: [["Merchant Code", () => "PKL"]],
    date: (d) => {
      const [y, m, day] = ist(d).slice(0, 10).split("-");
      return `${day}-${MONTHS[Number(m) - 1]}-${y}`;
    },
    amount: (paise) => `₹${rupees(paise)}`,
    unknownAwb: "EK9900000001",
  },
};

/** One courier's report as its panel would export it now. */
export function remittanceReportCsv(courier: CourierCode, now = Date.now()): string {
  const style = STYLES[courier];
  const { columns } = DEFAULT_REMITTANCE_RULES[courier];
  const utr = `${courier.slice(0, 2)}UTR${new Date(now).toISOString().slice(0, 10).replaceAll("-", "")}`;
  const lines = REMITTANCE_PARCELS.filter((p) => p.courier === courier && p.remittedPaise)
    .map((p) => ({
      awb: p.awb,
      paise: p.remittedPaise!,
      at: new Date(now - Math.max(p.deliveredDaysAgo - 3, 0) * DAY),
    }))
    .concat({ awb: style.unknownAwb, paise: 45_000, at: new Date(now - DAY) });
  const header = [
    ...style.extra.map(([h]) => h),
    columns.awb,
    columns.amount,
    columns.reference,
    columns.remittedAt,
  ];
  return (
    csvLine(header) +
    lines
      .map((l) =>
        csvLine([
          ...style.extra.map(([, value]) => value(l.awb)),
          l.awb,
          style.amount(l.paise),
          utr,
          style.date(l.at),
        ]),
      )
      .join("")
  );
}

export function mountRemittanceReports(router: Router): void {
  for (const courier of Object.keys(STYLES) as CourierCode[])
    router.on("GET", STYLES[courier].path, () => ({
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${courier.toLowerCase()}-cod-remittance.csv"`,
      },
      body: remittanceReportCsv(courier),
    }));
}
