import { db } from "../lib/db";
import { scoreUnscoredOrders } from "../lib/risk/score-unscored-orders";

// One-off: `npx tsx scripts/score-unscored-orders.ts` scores the orders that have no RTO risk
// score yet (those placed before scoring existed), each as of its placing. Safe to run again.
scoreUnscoredOrders()
  .then((count) => console.log(`Scored ${count} order${count === 1 ? "" : "s"}.`))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
