import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Local secrets for a private installation, generated on first start and kept in the data
 * folder so sessions and encrypted credentials survive restarts. Environment variables win.
 */
export function localSecrets(dataDir) {
  const file = path.join(dataDir, "secrets.json");
  let stored = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8"));
  const secrets = {
    NEXTAUTH_SECRET: stored.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
    PACKLINE_ENCRYPTION_KEY: stored.PACKLINE_ENCRYPTION_KEY ?? randomBytes(32).toString("base64"),
    METRICS_TOKEN: stored.METRICS_TOKEN ?? randomBytes(24).toString("base64url"),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  for (const key of Object.keys(secrets)) if (process.env[key]) secrets[key] = process.env[key];
  return secrets;
}
