// Preloaded (`node --import`) into every service `npm start` runs. A service lives in its own
// process group, away from the terminal's Ctrl-C, so if its supervisor is killed outright
// (kill -9, out of memory) nothing would stop it: it would run on unsupervised, holding its port.
// Instead it watches its parent: once the supervisor is gone (the service was re-parented), it
// stops itself the way the supervisor would have stopped it, with SIGTERM.
const supervisor = Number(process.env.PACKLINE_SUPERVISOR_PID);
// Processes the service starts itself (next dev's server, say) inherit node's options, not this
// job: they stop with the service.
delete process.env.PACKLINE_SUPERVISOR_PID;

if (supervisor > 0) {
  const timer = setInterval(() => {
    if (process.ppid === supervisor) return;
    clearInterval(timer);
    // Nobody reads the output any more: writing to it must not cut the shutdown short.
    process.stdout.on("error", () => {});
    process.stderr.on("error", () => {});
    process.kill(process.pid, "SIGTERM");
    setTimeout(() => process.exit(1), 10_000).unref();
  }, 1_000);
  timer.unref();
}
