// A clock for scheduled code under test (src/core/clock.ts): its time moves only when the code
// sleeps, so a schedule plays out in full and in order however loaded the machine is.
import type { Clock } from '../../src/core/clock.js';

/** The calendar time a virtual clock starts at. */
export const VIRTUAL_EPOCH = Date.parse('2024-05-01T12:00:00.000Z');

export interface VirtualClock extends Clock {
  /**
   * Runs `action` when the clock reaches `atMs` (from its start); a sleep that passes that point
   * stops there, waits for the action, and goes on unless the action aborted its signal.
   */
  at(atMs: number, action: () => unknown): void;
}

/**
 * A clock whose time moves only when the code sleeps: a sleep of `ms` moves it on by `ms` at once
 * (after pending I/O callbacks have run). Work between sleeps, such as a probe round, takes no
 * time on it. Dates start at VIRTUAL_EPOCH.
 */
export function virtualClock(): VirtualClock {
  let now = 0;
  const pending: { atMs: number; action: () => unknown }[] = [];
  const runDue = async (until: number, signal: AbortSignal) => {
    for (;;) {
      pending.sort((a, b) => a.atMs - b.atMs);
      const next = pending[0];
      if (!next || next.atMs > until || signal.aborted) return;
      pending.shift();
      now = Math.max(now, next.atMs);
      await next.action();
    }
  };
  return {
    now: () => now,
    date: () => new Date(VIRTUAL_EPOCH + now),
    at(atMs, action) {
      pending.push({ atMs, action });
    },
    async sleep(ms, signal) {
      const target = now + Math.max(0, ms);
      await runDue(target, signal);
      if (signal.aborted) return;
      now = target;
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
