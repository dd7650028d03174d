import { expect, test } from "@playwright/test";
import { CI_SIZE, runFaultRun } from "./support/fault-run/scenario";
import { startFaultStack, type FaultStack } from "./support/fault-run/stack";

// Many processes, one database, under faults (issue 15): two web processes and two workers on
// one PostgreSQL take picks, a webhook flood, a bulk booking, the scheduled sync, customer
// messages and outbox delivery at once, while a worker is killed with SIGKILL, PostgreSQL
// restarts, the couriers answer 5xx and time out and the event subscriber is down. Afterwards
// the database and the sandbox's logs must show nothing lost, doubled or stuck. CI size here;
// `npx tsx bench/fault-run.ts` runs the full size. Nothing is timed: the run waits (up to a
// generous limit) for the work to settle, and prints how long things took.
let stack: FaultStack;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  const started = Date.now();
  stack = await startFaultStack();
  console.log(`fault-run stack up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
test.afterAll(async () => stack?.stop());

test("nothing is lost, doubled or stuck when processes and the database fail under load", async () => {
  test.setTimeout(480_000);
  const report = await runFaultRun(stack, CI_SIZE);
  for (const e of report.faults.events) console.log(`+${(e.atMs / 1000).toFixed(1)} s ${e.what}`);
  for (const [name, value] of Object.entries(report.figures)) console.log(`${name}: ${value}`);
  for (const c of report.checks) console.log(`${c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.detail}`);
  if (report.checks.some((c) => !c.ok)) console.log(stack.output());
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
});
