import { z } from "zod";

// The only reader of process.env. Parsed lazily (once) so `next build` works without secrets.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
  // A read replica for dashboards and reports, which may lag by seconds (docs/scaling.md).
  DATABASE_REPLICA_URL: z
    .string()
    .url({ message: "DATABASE_REPLICA_URL must be a postgres:// URL" })
    .optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.string().url().optional(),
  // 32 bytes, base64: encrypts courier credentials, tokens and API keys at rest.
  PACKLINE_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes in base64"),
  METRICS_TOKEN: z.string().min(16).optional(),
  SANDBOX_URL: z.string().url().default("http://127.0.0.1:4010"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // Absolute lifetime of a sign-in session (a shift by default), however often it is renewed.
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  // How many reverse proxies in front of the web app append to X-Forwarded-For (lib/http/client-ip.ts).
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  // Verifies Razorpay webhooks when no secret is set in Admin (Setting payments.razorpay.webhook_secret).
  RAZORPAY_WEBHOOK_SECRET: z.string().min(1).optional(),
  // Razorpay's API (refunds). Without them, development and tests use the sandbox; production
  // refuses to refund until they are set (lib/payments/razorpay-api.ts).
  RAZORPAY_API_URL: z.string().url().optional(),
  RAZORPAY_KEY_ID: z.string().min(1).optional(),
  RAZORPAY_KEY_SECRET: z.string().min(1).optional(),
  // Handled webhook deliveries and refused ones are purged after this many days (lib/webhooks).
  WEBHOOK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // The first admin of a database without users (lib/users/prepare-first-admin.ts), created at
  // start; without them, start prints a one-time set-up link instead.
  PACKLINE_ADMIN_EMAIL: z.string().min(1).optional(),
  PACKLINE_ADMIN_PASSWORD: z.string().min(1).optional(),
  // The worker answers GET /health on this port (lib/jobs/health-server.ts); unset, it does not listen.
  WORKER_HEALTH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Packline is misconfigured:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
