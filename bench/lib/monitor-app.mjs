// The monitor benchmark's application: a node:http server on loopback whose `/health` answers
// 200, or 500 once a failure is injected, or 500 at random with a set probability (the healthy
// phase's blips). Requests are counted per prober, told apart by their user agent (the action's
// fetch sends `db-deploy-monitor`, the seed's curl `curl/<version>`), and every time is a
// Date.now() wall clock, so it compares with the rollback script's `date +%s%3N`.
import { createServer } from 'node:http';

/** Which contender sent a request, from its user agent. */
function proberOf(request) {
  const agent = request.headers['user-agent'] ?? '';
  if (agent.startsWith('db-deploy-monitor')) return 'action';
  if (agent.startsWith('curl/')) return 'seed';
  return 'other';
}

function emptyCounts() {
  return {
    /** Requests to /health. */
    probes: 0,
    /** 500s served at random (the failure probability), not because of an injected failure. */
    random500: 0,
    /** 500s served while a failure was injected. */
    injected500: 0,
    /** Date.now() of the first request, of the last one. */
    firstProbeAt: undefined,
    lastProbeAt: undefined,
    /** Date.now() of the first 500 served because of the injected failure. */
    firstInjectedFailureAt: undefined,
  };
}

/**
 * Starts the application on 127.0.0.1 (a free port).
 * @returns {Promise<{ url: string, reset(options?: { failureProbability?: number }): void,
 *   inject(): number, counts(prober: 'action' | 'seed' | 'other'): ReturnType<typeof emptyCounts>,
 *   waitForProbes(probers: string[], timeoutMs: number): Promise<number>, close(): Promise<void> }>}
 */
export async function startHealthApp() {
  let failing = false;
  let failureProbability = 0;
  let counts = { action: emptyCounts(), seed: emptyCounts(), other: emptyCounts() };
  const sockets = new Set();

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/health') return response.writeHead(404).end();
    const now = Date.now();
    const c = counts[proberOf(request)];
    c.probes += 1;
    c.firstProbeAt ??= now;
    c.lastProbeAt = now;
    let status = 200;
    if (failing) {
      status = 500;
      c.injected500 += 1;
      c.firstInjectedFailureAt ??= now;
    } else if (failureProbability > 0 && Math.random() < failureProbability) {
      status = 500;
      c.random500 += 1;
    }
    response.writeHead(status, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
    response.end(status === 200 ? 'ok' : 'failing');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });

  return {
    url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`,
    /** Healthy again, counters at zero; `failureProbability` (0–1) applies from now on. */
    reset(options = {}) {
      failing = false;
      failureProbability = options.failureProbability ?? 0;
      counts = { action: emptyCounts(), seed: emptyCounts(), other: emptyCounts() };
    },
    /** Every request from now on gets a 500; returns the moment (Date.now()). */
    inject() {
      failing = true;
      return Date.now();
    },
    counts: (prober) => ({ ...counts[prober] }),
    /**
     * Resolves with Date.now() once each of `probers` has made a request since the last reset;
     * rejects after `timeoutMs`.
     */
    async waitForProbes(probers, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!probers.every((p) => counts[p].probes > 0)) {
        if (Date.now() > deadline)
          throw new Error(
            `no probe within ${timeoutMs} ms from ${probers.filter((p) => counts[p].probes === 0).join(', ')}`,
          );
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return Date.now();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
