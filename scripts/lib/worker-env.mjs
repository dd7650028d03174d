// What the worker process starts with, besides what every service gets.
//
// MALLOC_ARENA_MAX: glibc gives threads that allocate their own malloc arenas (up to 8 per core)
// and keeps what is freed in them, so the garbage of a big job (a 500-label PDF merge, freed by
// V8's helper threads) stayed resident: the label batch job's process peaked 30–50 MB higher
// with glibc's default than with 2 arenas, and was no faster (bench/labels.ts, README "Benchmarks").
// glibc reads it when the process starts, so it is set here, not from inside the worker; a value
// already in the environment wins.
export const WORKER_ENV = {
  MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2",
};
