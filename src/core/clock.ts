// The time source of code that runs on a schedule (the monitor's watch): the real clock by
// default; a test passes its own to drive the schedule without waiting or depending on load.

/** Where scheduled code reads the time and waits. */
export interface Clock {
  /** Milliseconds on a monotonic scale (only differences mean anything). */
  now(): number;
  /** The calendar time, for timestamps in reports. */
  date(): Date;
  /** Resolves after `ms` of this clock, or at once when `signal` aborts (or `ms` <= 0). */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

/** The real clock: performance.now(), new Date() and setTimeout. */
export const systemClock: Clock = {
  now: () => performance.now(),
  date: () => new Date(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted || ms <= 0) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    }),
};
