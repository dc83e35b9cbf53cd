// How a supervised child stops: once, however it is told (a signal, or the supervisor gone).
export function stopOnceWhenTold(close: () => Promise<void>): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // The supervisor is gone (killed without a chance to stop us): nothing is left to serve for.
  process.on("disconnect", stop);
}
