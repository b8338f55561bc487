// The dist/monitor bundle on Node 24, as a runner runs it, against a local HTTP server that
// checks Basic credentials and serves metrics documents of 10 MB and more: what users of
// protected health endpoints and real Prometheus expositions meet.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  logWithoutMaskCommands,
  removeActionRunFiles,
  runAction,
  type ActionRun,
} from '../helpers/action-runner.js';
import { adminUrl, freshDatabase, query } from '../helpers/database.js';
import { unescapeCommandData } from '../../scripts/lib/run-action.mjs';

const USER = 'ops';
/** Needs percent-encoding in a URL (@ : / % and a non-ASCII letter). */
const PASSWORD = 'h3alth@Pw:wörd/%9';
const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`, 'utf8').toString('base64')}`;
const TOKEN = 'q7Zt2mK9vX4pL8sN';
const MB = 1024 * 1024;

/** A Prometheus exposition of about `bytes`, the sample asked for last (as a big exporter has it). */
function exposition(bytes: number, rate: number): string {
  const lines = ['# HELP filler_total Filler series.', '# TYPE filler_total counter'];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const line = `filler_total{route="/api/v1/items/${i}",method="GET",code="200"} ${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  lines.push('# TYPE http_error_ratio gauge', `http_error_ratio{service="api"} ${rate}`, '');
  return lines.join('\n');
}

/** A JSON document of about `bytes`, the rate after the bulk. */
const jsonDocument = (bytes: number, rate: number) =>
  JSON.stringify({ services: [{ name: 'api', log: 'x'.repeat(bytes) }], error_rate: rate });

const PROMETHEUS_10MB = exposition(10 * MB, 0.01);
const JSON_10MB = jsonDocument(10 * MB, 0.02);
const JSON_40MB = jsonDocument(40 * MB, 0.02);

interface Site {
  url: string;
  port: number;
  /** The Authorization header of every request to /secure. */
  authorizations: Array<string | undefined>;
  close(): Promise<void>;
}

/** Sends a large body in chunks, without Content-Length, as a streaming exporter does. */
function sendChunked(response: ServerResponse, type: string, body: string): void {
  response.writeHead(200, { 'content-type': type });
  const chunk = 256 * 1024;
  let at = 0;
  const more = () => {
    while (at < body.length) {
      const ok = response.write(body.slice(at, at + chunk));
      at += chunk;
      if (!ok) return void response.once('drain', more);
    }
    response.end();
  };
  more();
}

async function startSite(): Promise<Site> {
  const authorizations: Array<string | undefined> = [];
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    switch (path) {
      case '/secure':
        authorizations.push(request.headers.authorization);
        if (request.headers.authorization !== BASIC) {
          response.writeHead(401, { 'www-authenticate': 'Basic realm="ops"' });
          return void response.end('who are you?');
        }
        response.writeHead(200);
        return void response.end('ok');
      case '/plain':
        response.writeHead(200);
        return void response.end('ok');
      case '/down':
        response.writeHead(503);
        return void response.end('down');
      case '/metrics':
        return sendChunked(response, 'text/plain; version=0.0.4', PROMETHEUS_10MB);
      case '/metrics.json':
        return sendChunked(response, 'application/json', JSON_10MB);
      case '/huge.json':
        return sendChunked(response, 'application/json', JSON_40MB);
      default:
        response.writeHead(404);
        return void response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    authorizations,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

let site: Site;
const runs: ActionRun[] = [];

async function monitor(inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runAction('monitor', { inputs, timeoutMs: 120_000 });
  runs.push(run);
  return run;
}

/** Every place a run writes that people or later steps read. */
async function written(run: ActionRun): Promise<Record<string, string>> {
  const report = run.outputs['report-json']
    ? await readFile(run.outputs['report-json'], 'utf8')
    : '';
  return {
    log: logWithoutMaskCommands(run),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    'report-json': report,
  };
}

/** The values the run asked the runner to mask (`::add-mask::…`). */
const masked = (run: ActionRun) =>
  run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => unescapeCommandData(line.slice('::add-mask::'.length)));

beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site.close();
  await removeActionRunFiles();
});

describe('dist/monitor against protected and large endpoints (Node 24)', () => {
  test('a health URL with user:password@ is probed with that Basic Authorization, masked, and passes', async () => {
    const secure = `http://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${site.port}/secure`;
    const run = await monitor({
      'health-url': `${secure}\n${site.url}/plain?token=${TOKEN}`,
      duration: '1s',
      interval: '250ms',
      timeout: '5s',
      'failure-threshold': '1',
    });
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] });
    expect(run.outputs.verdict).toBe('healthy');
    expect(site.authorizations.length).toBeGreaterThan(0);
    expect(new Set(site.authorizations)).toEqual(new Set([BASIC]));
    // Only the secret parts are masked: the password (as written and decoded), the credentials
    // of the header, the token; never the whole URL, whose host and path say which check it is.
    expect(masked(run).sort()).toEqual(
      [encodeURIComponent(PASSWORD), PASSWORD, BASIC.slice('Basic '.length), TOKEN].sort(),
    );
    expect(run.summary).toContain(`health ${site.url}/secure |`);
    expect(run.summary).toContain(`health ${site.url}/plain?… |`);
    expect(run.summary).not.toContain('health ***');
    for (const [place, text] of Object.entries(await written(run)))
      for (const secret of [PASSWORD, encodeURIComponent(PASSWORD), BASIC, TOKEN])
        expect(`${place}: ${text.includes(secret) ? secret : 'clean'}`).toBe(`${place}: clean`);
  });

  test('with two plain health URLs, the failure line and summary name the one that failed', async () => {
    const run = await monitor({
      'health-url': `${site.url}/plain\n${site.url}/down`,
      duration: '30s',
      interval: '200ms',
      'failure-threshold': '2',
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^monitor: deployment unhealthy: health ${site.url.replace(/\./g, '\\.')}/down failed 2 times in a row \\(answered 503, expected 2xx\\); nothing rolled back`,
        ),
      ),
    ]);
    expect(run.outputs['failed-check']).toBe('health-2');
    expect(run.summary).toContain(`| ✅ | health ${site.url}/plain |`);
    expect(run.summary).toContain(`| ❌ | health ${site.url}/down |`);
    expect(masked(run)).toEqual([]);
  });

  test('a healthy 10 MB Prometheus exposition is read to its last line and passes', async () => {
    const run = await monitor({
      'error-rate-url': `${site.url}/metrics`,
      'error-rate-metric': 'http_error_ratio{service="api"}',
      duration: '1s',
      interval: '500ms',
      timeout: '30s',
      'failure-threshold': '1',
    });
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] });
    const report = JSON.parse(await readFile(run.outputs['report-json'] ?? '', 'utf8')) as {
      samples: Array<{ check: string; ok: boolean; value?: number }>;
    };
    const rates = report.samples.filter((s) => s.check === 'error-rate');
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.every((s) => s.ok && s.value === 0.01)).toBe(true);
  });

  test('a healthy 10 MB JSON document is read whole and passes', async () => {
    const run = await monitor({
      'error-rate-url': `${site.url}/metrics.json`,
      duration: '1s',
      interval: '500ms',
      timeout: '30s',
      'failure-threshold': '1',
    });
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] });
    expect(run.summary).toMatch(
      /\| ✅ \| error rate error_rate at http:\/\/127\.0\.0\.1:\d+\/metrics\.json \|/,
    );
    expect(run.summary).toContain('| 0.02 |');
  });

  test('a JSON document over the limit fails the probe as too large, naming the limit', async () => {
    const run = await monitor({
      'error-rate-url': `${site.url}/huge.json`,
      duration: '60s',
      interval: '1s',
      timeout: '30s',
      'failure-threshold': '1',
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual([
      expect.stringMatching(
        /^monitor: deployment unhealthy: error rate error_rate at http:\/\/127\.0\.0\.1:\d+\/huge\.json failed 1 times in a row \(the JSON document is too large \(limit 32 MB\): serve a smaller one, or the rate as a Prometheus exposition with error-rate-metric\); nothing rolled back/,
      ),
    ]);
  });
});

describe('dist/monitor with a common database password (Node 24)', () => {
  const weak = `dbd_postgres_${process.pid}`;
  const strong = `dbd_strongpw_${process.pid}`;
  const roleUrl = async (role: string, password: string) => {
    const db = new URL(await freshDatabase('pw'));
    return `postgres://${role}:${password}@${db.host}${db.pathname}`;
  };
  beforeAll(async () => {
    await query(adminUrl(), `CREATE ROLE ${weak} LOGIN PASSWORD 'postgres'`);
    await query(adminUrl(), `CREATE ROLE ${strong} LOGIN PASSWORD 'kT9-vQ2mX7pL-e2e'`);
  });
  afterAll(async () => {
    for (const role of [weak, strong])
      await query(adminUrl(), `DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
  });

  test('keeps it masked and warns once, without the password, that names holding it read ***', async () => {
    const run = await monitor({
      mode: 'preflight',
      'database-url': await roleUrl(weak, 'postgres'),
    });
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] });
    expect(masked(run)).toContain('postgres');
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
    expect(warnings).toEqual([
      '::warning::the password of database-url is short or a common word; it stays masked, so wherever those characters appear in the log (in a user, host or database name too) they read *** — use a long random password',
    ]);
  });

  test('says nothing about a strong password', async () => {
    const run = await monitor({
      mode: 'preflight',
      'database-url': await roleUrl(strong, 'kT9-vQ2mX7pL-e2e'),
    });
    expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] });
    expect(run.stdout).not.toContain('::warning::');
  });
});
