import { db } from "@/lib/db";

/** The courier accounts a report can be imported for, active ones first. */
export function listRemittanceAccounts() {
  return db.courierAccount.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}
