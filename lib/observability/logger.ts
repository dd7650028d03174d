import { maskPii } from "./mask";

// Structured JSON logs on stdout, one object a line, PII masked before it is written.
type Level = "debug" | "info" | "warn" | "error";
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const configured = process.env.LOG_LEVEL as Level | undefined;
  return order[configured ?? "info"] ?? order.info;
}

function write(level: Level, bindings: Record<string, unknown>, msg: string, fields?: object) {
  if (order[level] < threshold()) return;
  const line = maskPii({ time: new Date().toISOString(), level, msg, ...bindings, ...fields });
  const out = level === "error" || level === "warn" ? process.stderr : process.stdout;
  out.write(JSON.stringify(line) + "\n");
}

export interface Logger {
  debug(msg: string, fields?: object): void;
  info(msg: string, fields?: object): void;
  warn(msg: string, fields?: object): void;
  error(msg: string, fields?: object): void;
  child(bindings: Record<string, unknown>): Logger;
}

export function createLogger(bindings: Record<string, unknown> = {}): Logger {
  return {
    debug: (msg, fields) => write("debug", bindings, msg, fields),
    info: (msg, fields) => write("info", bindings, msg, fields),
    warn: (msg, fields) => write("warn", bindings, msg, fields),
    error: (msg, fields) => write("error", bindings, msg, fields),
    child: (more) => createLogger({ ...bindings, ...more }),
  };
}

export const log = createLogger({ service: process.env.PACKLINE_SERVICE ?? "web" });
