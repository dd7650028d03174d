import { expect, it } from "vitest";
import { withHeldAdvisoryLock } from "./held-advisory-lock";

const hold = (wait: boolean, work: () => Promise<string>) =>
  withHeldAdvisoryLock("test:held-lock", { wait, name: "test" }, work);

it("lets one holder at a time work; a waiting one starts when the first is done", async () => {
  const log: string[] = [];
  let release!: () => void;
  const first = hold(true, async () => {
    log.push("first in");
    await new Promise<void>((resolve) => (release = resolve));
    log.push("first out");
    return "first";
  });
  while (log.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const second = hold(true, async () => {
    log.push("second in");
    return "second";
  });
  // Not waiting: gives up at once while the first holds it.
  expect(await hold(false, async () => "third")).toEqual({ locked: false });
  release();
  expect(await Promise.all([first, second])).toEqual([
    { locked: true, result: "first" },
    { locked: true, result: "second" },
  ]);
  expect(log).toEqual(["first in", "first out", "second in"]);
});

it("releases the lock when the work throws", async () => {
  await expect(hold(true, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  expect(await hold(false, async () => "after")).toEqual({ locked: true, result: "after" });
});
