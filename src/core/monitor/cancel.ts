/**
 * An AbortSignal that fires when the runner cancels the job: it sends SIGINT, then SIGTERM,
 * to the step's process. `dispose` removes the handlers (the default exit behaviour returns).
 */
export function cancelSignal(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  const signals = ['SIGINT', 'SIGTERM'] as const;
  for (const name of signals) process.on(name, onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      for (const name of signals) process.off(name, onSignal);
    },
  };
}
