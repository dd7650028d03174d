// The load process of bench/whole-flow.ts: a Node process of its own (the server's event loop
// is not shared), started with its settings in WHOLE_FLOW_LOAD (JSON). It signs in as the demo
// users, runs the whole flow at each rate of the ramp for `stepSeconds`, and prints one line
// `STEP <json>` per rate: every figure's count, rate and p50/p95/p99 over the step's last
// `stepSeconds - settleSeconds`, plus what was waiting between the steps at the end.
import { Recorder } from "./client";
import { startCustomer } from "./flow-customer";
import { linesPerOrder, startImport } from "./flow-import";
import { startFloor } from "./flow-floor";
import { since, TRACKING_VISIBLE, type Flow } from "./flow-state";
import { signIn } from "./session";
import { startShift } from "./shift-start";

export interface LoadSettings {
  base: string;
  sandbox: string;
  rates: number[];
  stepSeconds: number;
  settleSeconds: number;
  shiprocket: { accountId: string; webhookToken: string };
  boxPresetId: string;
  /** AWBs of the grown history, for buyers of older parcels */
  historicAwbs: string[];
}

const PIPELINE_FILL_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const settings = JSON.parse(process.env.WHOLE_FLOW_LOAD ?? "") as LoadSettings;
  const { base } = settings;
  const flow: Flow = {
    base,
    sandbox: settings.sandbox,
    rate: 0,
    importing: false,
    rec: new Recorder(),
    users: {
      admin: await signIn(base, "admin@packline.local", "packline-admin"),
      ops: await signIn(base, "ops@packline.local", "packline-ops"),
      pickers: [
        await signIn(base, "picker@packline.local", "packline-picker"),
        await signIn(base, "picker2@packline.local", "packline-picker"),
      ],
      packer: await signIn(base, "packer@packline.local", "packline-packer"),
    },
    shiprocket: settings.shiprocket,
    toPick: [],
    toPack: [],
    seenForPack: new Set(),
    toBook: [],
    scans: [],
    awaitingTracking: new Map(),
    awbs: [],
    totals: { stored: 0, booked: 0 },
    stopping: false,
  };
  const inFlow = () => flow.totals.stored - flow.totals.booked;
  const historicAwb = () =>
    settings.historicAwbs[Math.floor(Math.random() * settings.historicAwbs.length)]!;
  const stops = [
    startImport(flow),
    startFloor(flow, linesPerOrder(), settings.boxPresetId),
    startCustomer(flow, historicAwb),
  ];
  const stop = () => {
    flow.stopping = true;
    stops.forEach((s) => s());
  };
  process.on("SIGTERM", () => {
    stop();
    process.exit(0);
  });
  // The bench holds our stdin: when it is gone (killed outright), so is the reason to run.
  process.stdin.on("close", () => process.exit(1));
  process.stdin.resume();

  const shift = await startShift(flow);
  console.log(
    `shift start: the demo backlog (${shift.booked} orders booked) cleared in ${shift.seconds} s`,
  );
  // The pipeline fills (sync, picks, packing, booking: about half a minute from store to AWB)
  // at the first rate before anything is measured, so the first step is not its fill.
  flow.rate = settings.rates[0]!;
  await sleep(PIPELINE_FILL_MS);
  for (const rate of settings.rates) {
    flow.rate = rate;
    await sleep(settings.settleSeconds * 1000);
    flow.rec = new Recorder();
    const inFlowBefore = inFlow();
    const measured = settings.stepSeconds - settings.settleSeconds;
    const startedAt = performance.now();
    await sleep(measured * 1000);
    const seconds = (performance.now() - startedAt) / 1000;
    // a parcel whose last scan is not visible yet took at least its wait so far: not a silent gap
    for (const sentAt of flow.awaitingTracking.values())
      flow.rec.add(TRACKING_VISIBLE, since(sentAt));
    const waiting = {
      linesToPick: flow.toPick.length,
      ordersToPack: flow.toPack.length,
      ordersToBook: flow.toBook.length,
      scansToSend: flow.scans.length,
      awaitingTracking: flow.awaitingTracking.size,
      ordersInFlow: inFlow(),
      ordersInFlowGrowth: inFlow() - inFlowBefore,
    };
    console.log(`STEP ${JSON.stringify({ rate, seconds, ...flow.rec.stats(seconds), waiting })}`);
  }
  stop();
  // let answers in flight land before the process ends
  await sleep(2000);
  process.exit(0);
}

main().catch((error) => {
  console.error(`The load process failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
