// `npx tsx bench/fault-run.ts [--ci]`: the many-process fault run at full size (e2e/fault-run.spec.ts
// runs the same scenario at CI size in `npm test`). Two web processes and two workers on one
// private PostgreSQL, with the sandbox: picks, a webhook flood, a bulk booking, the scheduled
// sync, customer messages and outbox delivery, while a worker is killed, PostgreSQL restarts,
// the couriers fail and the event subscriber is down. Prints what it did, the faults with their
// times, every invariant checked with its figures, and exits 1 if one did not hold. Needs the
// e2e production build (`npx next build`, or `npm test`'s).
import { CI_SIZE, FULL_SIZE, runFaultRun } from "../e2e/support/fault-run/scenario";
import { startFaultStack } from "../e2e/support/fault-run/stack";

async function main() {
  const size = process.argv.includes("--ci") ? CI_SIZE : FULL_SIZE;
  const started = Date.now();
  console.log(`fault run, size ${JSON.stringify(size)}`);
  const stack = await startFaultStack();
  console.log(
    `stack up in ${((Date.now() - started) / 1000).toFixed(1)} s: web ${stack.webs.join(", ")}`,
  );
  let failed = true;
  try {
    const report = await runFaultRun(stack, size);
    console.log("\nfaults:");
    for (const e of report.faults.events)
      console.log(`  +${(e.atMs / 1000).toFixed(1)} s  ${e.what}`);
    console.log("\nfigures:");
    for (const [name, value] of Object.entries(report.figures)) console.log(`  ${name}: ${value}`);
    console.log("\ninvariants:");
    for (const c of report.checks)
      console.log(`  ${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.detail}`);
    failed = report.checks.some((c) => !c.ok);
    if (failed) console.log(`\nprocess output (tail):\n${stack.output()}`);
  } finally {
    await stack.stop();
  }
  console.log(`\nwhole run ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
