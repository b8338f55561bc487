// A small application on loopback whose health the tests control: the health endpoint answers
// what `health` says (a status, a hang, or a dropped connection), the metrics endpoints serve the
// current error rate as JSON and as a Prometheus exposition. Every request is recorded.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** What /health answers: a status (after `delayMs`, if given), a hang, or a dropped connection. */
export type Health = { status: number; delayMs?: number } | { hang: true } | { drop: true };

export interface TestApp {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** What /health answers from now on. */
  health: Health;
  /** Answers for the next requests to /health, before `health` applies again (a blip). */
  queue: Health[];
  /** The error rate served at /metrics.json (as stats.http.error_rate) and /metrics. */
  errorRate: number;
  /** Requests to /health, numbered in the order they arrived (1, 2, …). */
  healthRequests: number[];
  close(): Promise<void>;
}

export async function startTestApp(): Promise<TestApp> {
  const sockets = new Set<Socket>();
  const app: TestApp = {
    url: '',
    health: { status: 200 },
    queue: [],
    errorRate: 0.01,
    healthRequests: [],
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/health') {
      app.healthRequests.push(app.healthRequests.length + 1);
      const answer = app.queue.shift() ?? app.health;
      if ('hang' in answer) return; // never answers
      if ('drop' in answer) return request.socket.destroy();
      const reply = () => {
        response.writeHead(answer.status, { 'content-type': 'text/plain' });
        response.end(answer.status < 400 ? 'ok' : 'failing');
      };
      if (answer.delayMs) return void setTimeout(reply, answer.delayMs);
      return reply();
    }
    if (path === '/metrics.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(
        JSON.stringify({
          service: 'api',
          stats: { http: { requests: 1000, error_rate: app.errorRate } },
        }),
      );
    }
    if (path === '/metrics') {
      response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      return response.end(
        [
          '# HELP http_error_ratio Share of requests answered 5xx.',
          '# TYPE http_error_ratio gauge',
          `http_error_ratio{service="api"} ${app.errorRate}`,
          'http_error_ratio{service="admin"} 0',
          'http_error_ratio_total 12',
          '',
        ].join('\n'),
      );
    }
    response.writeHead(404).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  app.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return app;
}
