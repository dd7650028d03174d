export const WORKER_ENV: { MALLOC_ARENA_MAX: string };
