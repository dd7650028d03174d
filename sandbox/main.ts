import { createSandbox } from "./server";

const port = Number(process.env.SANDBOX_PORT ?? 4010);
const { server } = createSandbox();
server.listen(port, "127.0.0.1", () =>
  console.log(`sandbox listening on http://127.0.0.1:${port}`),
);
const stop = () => server.close(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
