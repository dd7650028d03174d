// `npm test`: installs what the tests need, then lint, format, typecheck, unit, integration
// (against a PostgreSQL the harness starts itself) and Playwright e2e against a production build.
// `npm test -- unit integration` runs only the named steps.
import { existsSync } from "node:fs";
import { ensureGenerated, ensureInstalled } from "./lib/install.mjs";
import { binPath, run } from "./lib/run.mjs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's Chromium for the browser tests…");
    run("apt-get", ["update", "-q"]);
    run("apt-get", ["install", "-y", "-q", "--no-install-recommends", "chromium"], {
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    return;
  }
  throw new Error(
    `The browser tests need Chromium at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const steps = {
  lint: () => run(binPath("eslint"), [".", "--max-warnings=0"], { env, label: "eslint" }),
  format: () =>
    run(binPath("prettier"), ["--check", "--log-level=warn", "."], {
      env,
      label: "prettier --check",
    }),
  typecheck: () => run(binPath("tsc"), ["--noEmit"], { env, label: "tsc" }),
  unit: () => run(binPath("vitest"), ["run", "--project", "unit"], { env, label: "unit tests" }),
  integration: () =>
    run(binPath("vitest"), ["run", "--project", "integration"], {
      env,
      label: "integration tests",
    }),
  e2e: async () => {
    ensureChromium();
    const { ensureBuilt } = await import("./lib/build.mjs");
    ensureBuilt(env);
    run(binPath("playwright"), ["test"], { env, label: "e2e tests" });
  },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = wanted.filter((name) => !(name in steps));
if (unknown.length) {
  console.error(`Unknown step(s): ${unknown.join(", ")}. Steps: ${Object.keys(steps).join(", ")}`);
  process.exit(2);
}

const started = performance.now();
const timings = [];
try {
  ensureInstalled();
  ensureGenerated();
  for (const [name, step] of Object.entries(steps)) {
    if (wanted.length && !wanted.includes(name)) continue;
    console.log(`\n── ${name} ──`);
    const t0 = performance.now();
    await step();
    timings.push(`${name} ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  }
  console.log(
    `\nAll test steps passed in ${((performance.now() - started) / 1000).toFixed(0)}s (${timings.join(", ")}).`,
  );
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
