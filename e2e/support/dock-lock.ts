import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { until } from "./until";

/**
 * Runs `body` while no other Playwright worker against the same stack is at the dock. The dock
 * has one open handover per courier account, shared by every tablet: two journeys scanning and
 * closing at once would close each other's handovers. The lock is a directory (mkdir is atomic),
 * named by the stack's URL so journeys against another stack do not wait.
 */
export async function atTheDock<T>(baseUrl: string, body: () => Promise<T>): Promise<T> {
  const lock = path.join(tmpdir(), `packline-dock-${new URL(baseUrl).port}`);
  await until(
    "the other tablet journey to leave the dock",
    async () => {
      try {
        mkdirSync(lock);
        return true;
      } catch {
        return undefined;
      }
    },
    240_000,
  );
  try {
    return await body();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
