import { wireSandboxToPackline } from "./demo-wiring";
import { createSandbox } from "./server";

const port = Number(process.env.SANDBOX_PORT ?? 4010);
// Set by `npm start`: where the couriers push tracking webhooks, and how fast shipments move.
const packlineUrl = process.env.PACKLINE_URL;
const stepMs = Number(process.env.SANDBOX_STEP_MS ?? 45_000);

const { server } = createSandbox();
server.listen(port, "127.0.0.1", () => {
  const sandboxUrl = `http://127.0.0.1:${port}`;
  console.log(`sandbox listening on ${sandboxUrl}`);
  if (!packlineUrl) return;
  wireSandboxToPackline({ sandboxUrl, packlineUrl, stepMs }).then(
    () =>
      console.log(
        `sandbox couriers push tracking webhooks to ${packlineUrl}; ${stepMs > 0 ? `shipments move every ${stepMs / 1000} s` : "lifecycle clocks paused"}`,
      ),
    (error: unknown) => console.error("sandbox could not be wired to Packline", error),
  );
});
const stop = () => server.close(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
