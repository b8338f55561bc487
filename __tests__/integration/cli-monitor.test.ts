import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { startTestApp, type TestApp } from '../helpers/http-app.js';

let app: TestApp;
let dir: string;

beforeEach(async () => {
  app = await startTestApp();
  dir = await mkdtemp(join(tmpdir(), 'db-deploy-cli-monitor-'));
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

describe('db-deploy monitor (CLI, in process)', () => {
  test('a healthy watch exits 0 with one line per check; --json prints every sample', async () => {
    const io = capture();
    const code = await main(
      [
        'monitor',
        '--health-url',
        `${app.url}/health?key=abc123secret`,
        '--duration',
        '600ms',
        '--interval',
        '200ms',
      ],
      io,
    );
    expect(code).toBe(0);
    // The command runs on the real clock: how many of the rounds (0, 200, 400 ms) fit depends on
    // the machine's load (the schedule itself is proven on a virtual clock in
    // monitor-watch.test.ts). What it reports must be what it did: one probe per round.
    const rounds = Number(/^HEALTHY after (\d+) rounds/.exec(io.stdout)?.[1]);
    expect(rounds).toBeGreaterThanOrEqual(1);
    expect(rounds).toBe(app.healthRequests.length);
    expect(io.stdout).toMatch(
      new RegExp(
        `ok {3}health http://127\\.0\\.0\\.1:\\d+/health\\?…: ${rounds} probes, 0 failed, p50 \\d+ms p95 \\d+ms`,
      ),
    );
    expect(io.stdout + io.stderr).not.toContain('abc123secret');

    const json = capture();
    expect(
      await main(
        [
          'monitor',
          '--health-url',
          `${app.url}/health`,
          '--duration',
          '400ms',
          '--interval',
          '200ms',
          '--json',
        ],
        json,
      ),
    ).toBe(0);
    const result = JSON.parse(json.stdout) as {
      verdict: string;
      rounds: number;
      samples: unknown[];
    };
    expect(result.verdict).toBe('healthy');
    expect(result.rounds).toBeGreaterThanOrEqual(1);
    expect(result.samples).toHaveLength(result.rounds);
  });

  test('an unhealthy watch runs the rollback command once and exits 1 with one error line', async () => {
    app.health = { status: 502 };
    const file = join(dir, 'rolled');
    const io = capture();
    const code = await main(
      [
        'monitor',
        '--health-url',
        `${app.url}/health`,
        '--duration',
        '5s',
        '--interval',
        '100ms',
        '--failure-threshold',
        '2',
        '--rollback-command',
        `echo "$DB_DEPLOY_FAILED_CHECK" >> '${file}'`,
      ],
      io,
    );
    expect(code).toBe(1);
    expect(existsSync(file) ? (await readFile(file, 'utf8')).trim() : '').toBe('health');
    expect(io.stdout).toMatch(/^UNHEALTHY after 2 rounds/);
    const errors = io.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('db-deploy monitor:'));
    expect(errors).toEqual([
      expect.stringMatching(
        /^db-deploy monitor: deployment unhealthy: health .* failed 2 times in a row \(answered 502, expected 2xx\); rolled back — the rollback command ended with exit code 0; each check's probes are listed above$/,
      ),
    ]);
    // A terminal has no job summary or step log to point at.
    expect(io.stderr).not.toMatch(/job summary|step log/);
  });

  test('bad options are refused before anything is probed (exit 1 for a bad value, 2 for usage)', async () => {
    const bad = capture();
    expect(
      await main(['monitor', '--health-url', `${app.url}/health`, '--interval', 'often'], bad),
    ).toBe(1);
    expect(bad.stderr.trim()).toMatch(/^db-deploy monitor: --interval: "often" is not a duration/);
    const usage = capture();
    expect(await main(['monitor', '--no-such-option'], usage)).toBe(2);
    const nothing = capture();
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      expect(await main(['monitor'], nothing)).toBe(1);
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
    expect(nothing.stderr.trim()).toMatch(/^db-deploy monitor: nothing to watch/);
    expect(app.healthRequests).toEqual([]);
  });

  test('probes user:password@ with Basic authorization and names each URL by host and path', async () => {
    const seen: Array<string | undefined> = [];
    const expected = `Basic ${Buffer.from('ops:s3cr@t-pw', 'utf8').toString('base64')}`;
    const server = createServer((request, response) => {
      seen.push(request.headers.authorization);
      response.writeHead(request.headers.authorization === expected ? 200 : 401).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const io = capture();
      const code = await main(
        [
          'monitor',
          '--health-url',
          `http://ops:s3cr%40t-pw@127.0.0.1:${port}/secure`,
          '--health-url',
          `${app.url}/health`,
          '--duration',
          '400ms',
          '--interval',
          '200ms',
        ],
        io,
      );
      expect(code).toBe(0);
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen)).toEqual(new Set([expected]));
      expect(io.stdout).toContain(`ok   health http://127.0.0.1:${port}/secure:`);
      expect(io.stdout).toContain(`ok   health ${app.url}/health:`);
      expect(io.stdout + io.stderr).not.toMatch(/s3cr(@|%40)t-pw/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
