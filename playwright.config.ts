import { defineConfig, devices } from "@playwright/test";

// Journeys run in Debian's Chromium against a production build with an ephemeral database,
// the worker and the sandbox, all started by the same command a newcomer uses.
const PORT = Number(process.env.E2E_PORT ?? 3210);
// Journeys that kill Packline's own processes run on a stack of their own, after all the others.
const FAULTS = /(worker-kill|fault-run|production-start)\.spec\.ts$/;
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromium,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "desktop",
      testIgnore: FAULTS,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: chromium,
        viewport: { width: 1440, height: 900 },
      },
    },
    {
      name: "tablet",
      testIgnore: FAULTS,
      use: { viewport: { width: 1024, height: 768 }, hasTouch: true, launchOptions: chromium },
    },
    {
      name: "tablet-portrait",
      testIgnore: FAULTS,
      use: { viewport: { width: 768, height: 1024 }, hasTouch: true, launchOptions: chromium },
    },
    {
      name: "phone",
      testIgnore: FAULTS,
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 390, height: 844 },
        launchOptions: chromium,
      },
    },
    {
      name: "faults",
      testMatch: FAULTS,
      dependencies: ["desktop", "tablet", "tablet-portrait", "phone"],
    },
  ],
  webServer: {
    command: `node scripts/start.mjs --ephemeral --port ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    // SIGTERM lets the start script stop the worker, the sandbox and its private PostgreSQL;
    // the default kill would leave that PostgreSQL running.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
