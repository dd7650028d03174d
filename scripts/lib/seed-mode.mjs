/**
 * What `npm start` puts into the database it starts with: demo data (demo users with known
 * passwords, a pickup address, sandbox courier accounts, orders) only for the private database
 * it created itself, or when asked with --demo; a database given through DATABASE_URL gets the
 * first-admin set-up instead (prisma/seed.ts).
 */
export function seedMode({ databaseUrl, demo }) {
  return demo || !databaseUrl ? "demo" : "first-admin";
}
