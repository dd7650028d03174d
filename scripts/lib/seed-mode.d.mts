export type SeedMode = "demo" | "first-admin";

export function seedMode(options: { databaseUrl: string | undefined; demo: boolean }): SeedMode;
