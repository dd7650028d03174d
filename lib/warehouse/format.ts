// Display formats shared by the packing slip, the report e-mail and the CSV: rupees with Indian
// digit grouping, times in IST. Money stays integer paise everywhere else.
const rupees = new Intl.NumberFormat("en-IN", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** "Rs. 1,23,456.00": the PDF's built-in fonts have no ₹ glyph, so the slip spells it out. */
export function formatRupees(paise: number): string {
  return `Rs. ${rupees.format(paise / 100)}`;
}

const istDateTime = new Intl.DateTimeFormat("en-IN", {
  timeZone: "Asia/Kolkata",
  day: "2-digit",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "21 Nov 2026, 14:05" in India Standard Time. */
export function formatIst(date: Date): string {
  return istDateTime.format(date);
}
