// Display helpers for the packing screens: rupees from paise, times in IST.
const rupees = new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" });
const time = new Intl.DateTimeFormat("en-IN", {
  timeZone: "Asia/Kolkata",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

export const formatPaise = (paise: number) => rupees.format(paise / 100);
export const formatTimeIst = (iso: string) => time.format(new Date(iso));
