import { randomUUID } from "node:crypto";
import { sendPatiently, asPage, type ClientTally } from "./client";
import { sleep } from "./processes";

export interface Picker {
  web: string;
  cookie: string;
}

/** What the pickers were told: per clientEventId, the units the pick allocated. */
export interface PickLog {
  picked: Map<string, { sku: string; units: number }>;
  /** picks sent again with the same clientEventId after their answer */
  replays: number;
  /** replays answered with anything but the first answer's units */
  replayMismatches: string[];
  /** "nothing left to pick": the SKU's waiting lines were full */
  nothingLeft: number;
  /** answers that are neither a pick, a replay nor "nothing left" */
  refused: string[];
}

interface PickAnswer {
  picked: number;
  replayed: boolean;
}

/**
 * Pickers on a few hot SKUs, through both web processes at once, with the pick screen's API
 * (POST /api/pick with a device-made clientEventId). Every tenth pick is sent again with the
 * same clientEventId once answered, through the other web process, as a tablet replaying its
 * queue does. Runs until `until` has passed or every SKU is picked in full.
 */
export async function runPickers(
  pickers: Picker[],
  skus: string[],
  tally: ClientTally,
  until: number,
  gapMs: number,
): Promise<PickLog> {
  const log: PickLog = {
    picked: new Map(),
    replays: 0,
    replayMismatches: [],
    nothingLeft: 0,
    refused: [],
  };
  const open = new Set(skus);
  await Promise.all(
    pickers.map(async (picker, p) => {
      for (let n = 0; Date.now() < until && open.size > 0; n++) {
        const left = [...open];
        const body = {
          sku: left[(n + p) % left.length]!,
          qty: 1 + (n % 2),
          clientEventId: randomUUID(),
        };
        const first = await pick(picker, body, tally);
        if (first.status === 200) {
          const answer = first.answer!;
          log.picked.set(body.clientEventId, { sku: body.sku, units: answer.picked });
          if (n % 10 === 0) {
            const other = pickers[(p + 1) % pickers.length]!;
            const again = await pick({ web: other.web, cookie: picker.cookie }, body, tally);
            log.replays++;
            if (
              again.status !== 200 ||
              !again.answer!.replayed ||
              again.answer!.picked !== answer.picked
            )
              log.replayMismatches.push(
                `${body.clientEventId}: ${again.status} ${JSON.stringify(again.answer)}`,
              );
          }
        } else if (first.status === 409 && /Nothing is left to pick/.test(first.text)) {
          log.nothingLeft++;
          open.delete(body.sku);
        } else log.refused.push(`${first.status} ${first.text.slice(0, 200)}`);
        await sleep(gapMs);
      }
    }),
  );
  return log;
}

async function pick(
  picker: Picker,
  body: { sku: string; qty: number; clientEventId: string },
  tally: ClientTally,
): Promise<{ status: number; answer?: PickAnswer; text: string }> {
  const res = await sendPatiently(
    tally,
    `${picker.web}/api/pick`,
    asPage(picker.web, picker.cookie, "POST", body),
  );
  const text = await res.text();
  return {
    status: res.status,
    text,
    answer: res.ok ? (JSON.parse(text) as PickAnswer) : undefined,
  };
}
