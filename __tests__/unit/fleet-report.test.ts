import { GANTT_MAX_TARGETS, renderFleetSummary, renderGantt } from '../../src/core/report/fleet.js';
import { fleetFailure, fleetOutputs } from '../../src/core/fleet/verdict.js';
import { targetLogger } from '../../src/core/fleet/log.js';
import { memoryLogger } from '../../src/core/logger.js';
import type { FleetResult, TargetReport } from '../../src/core/fleet/options.js';

const STARTED = Date.parse('2026-05-04T10:00:00.000Z');

function target(name: string, over: Partial<TargetReport> = {}): TargetReport {
  return {
    name,
    target: `db.example.com:5432/${name}`,
    status: 'applied',
    canary: false,
    lane: 1,
    startOffsetMs: 0,
    durationMs: 1200,
    startedAt: new Date(STARTED).toISOString(),
    migrations: [
      { name: '001_a', durationMs: 500, retries: 0 },
      { name: '002_b', durationMs: 600, retries: 2 },
    ],
    planned: [],
    pending: [],
    ...over,
  };
}

function fleet(targets: TargetReport[], over: Partial<FleetResult> = {}): FleetResult {
  const count = (s: TargetReport['status'][]) => targets.filter((t) => s.includes(t.status)).length;
  return {
    dryRun: false,
    group: 'all',
    canary: 1,
    maxParallel: 2,
    onFailure: 'halt',
    startedAt: new Date(STARTED).toISOString(),
    durationMs: 5400,
    targets,
    counts: {
      targets: targets.length,
      succeeded: count(['applied', 'up-to-date', 'pending']),
      failed: count(['failed']),
      skipped: count(['skipped']),
      applied: targets.reduce((n, t) => n + t.migrations.length, 0),
    },
    halted: false,
    cancelled: false,
    ...over,
  };
}

const ERROR =
  'migration 002_b (up) failed: 42P07 relation "invoices" already exists (migrations/002_b.sql) — its transaction was rolled back, nothing of it was applied — fix the migration and run again';

const halted = () =>
  fleet(
    [
      target('t1', { canary: true, lane: 0 }),
      target('t2', { startOffsetMs: 1300, lane: 1 }),
      target('t3', {
        status: 'failed',
        startOffsetMs: 1300,
        lane: 2,
        durationMs: 300,
        migrations: [{ name: '001_a', durationMs: 100, retries: 0 }],
        error: ERROR,
      }),
      target('t4', {
        status: 'skipped',
        lane: undefined,
        startOffsetMs: undefined,
        startedAt: undefined,
        durationMs: undefined,
        migrations: [],
        pending: undefined,
        skipped: 't3 failed (on-failure halt)',
      }),
    ],
    { firstFailure: 't3', halted: true },
  );

describe('the fleet job summary', () => {
  test('puts the first failure on top, then one row per target in rollout order with the canary marked', () => {
    const md = renderFleetSummary(halted());
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ❌ db-deploy migrate: 1 of 4 targets failed, 1 not started');
    expect(lines[2]).toBe(`> **First failure: \`t3\`** (\`db.example.com:5432/t3\`): ${ERROR}`);
    const rows = lines.filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toEqual([
      '| 1 | `t1` 🐤 canary | `db.example.com:5432/t1` | ✅ applied | 2 | 1.2s | 2 |  |',
      '| 2 | `t2` | `db.example.com:5432/t2` | ✅ applied | 2 | 1.2s | 2 |  |',
      `| 3 | \`t3\` | \`db.example.com:5432/t3\` | ❌ failed | 1 | 300ms | 0 | ${ERROR} |`,
      '| 4 | `t4` | `db.example.com:5432/t4` | ⏭️ not started | 0 |  | 0 | t3 failed (on-failure halt) |',
    ]);
    expect(md).toContain(
      'target-group **all** · canary 1 · max-parallel 2 · on-failure halt · took 5.4s',
    );
    expect(md).toContain('**Migrations applied:** `001_a`, `002_b`');
  });

  test('draws the canary and each lane as gantt sections, failures critical, never-started targets left out', () => {
    expect(renderGantt(halted())).toBe(
      [
        '```mermaid',
        'gantt',
        '  title Rollout: canary, then lanes',
        '  dateFormat x',
        '  axisFormat %H:%M:%S',
        '  section canary',
        `  t1 :done, ${STARTED}, ${STARTED + 1200}`,
        '  section lane 1',
        `  t2 :done, ${STARTED + 1300}, ${STARTED + 2500}`,
        '  section lane 2',
        `  t3 :crit, ${STARTED + 1300}, ${STARTED + 1600}`,
        '```',
      ].join('\n'),
    );
  });

  test('charts at most GANTT_MAX_TARGETS targets and says so', () => {
    const many = Array.from({ length: GANTT_MAX_TARGETS + 5 }, (_, i) =>
      target(`t${i + 1}`, { startOffsetMs: i * 10 }),
    );
    const md = renderFleetSummary(fleet(many));
    expect(md.split('\n').filter((l) => /^ {2}t\d+ :done/.test(l))).toHaveLength(GANTT_MAX_TARGETS);
    expect(md).toContain(
      `The chart shows the first ${GANTT_MAX_TARGETS} of ${GANTT_MAX_TARGETS + 5} targets`,
    );
    expect(md.split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(GANTT_MAX_TARGETS + 5);
  });

  test('titles a healthy rollout, a dry run, an empty slice and a cancelled job', () => {
    expect(renderFleetSummary(fleet([target('a'), target('b')]))).toMatch(
      /^## ✅ db-deploy migrate: 2 targets, 4 migrations applied\n/,
    );
    const dry = fleet(
      [
        target('a', { status: 'pending', migrations: [], planned: ['001_a'] }),
        target('b', { status: 'up-to-date', migrations: [] }),
      ],
      { dryRun: true },
    );
    expect(renderFleetSummary(dry)).toMatch(
      /^## 🔎 db-deploy migrate \(dry run\): 1 of 2 targets would migrate\n/,
    );
    expect(renderFleetSummary(dry)).toContain('| 🔎 would migrate | 0 | 1.2s | 0 | 001_a |');
    expect(renderFleetSummary(fleet([], { group: 'rest', shard: { index: 3, total: 4 } }))).toMatch(
      /^## ✅ db-deploy migrate: no target in this slice\n\ntarget-group \*\*rest\*\* · shard-index 3 of shard-total 4/,
    );
    const cancelled = fleet(
      [
        target('a'),
        target('b', {
          status: 'skipped',
          skipped: 'the job was cancelled',
          startOffsetMs: undefined,
        }),
      ],
      { cancelled: true },
    );
    expect(renderFleetSummary(cancelled)).toMatch(
      /^## ⏹️ db-deploy migrate: cancelled, 1 of 2 targets not started\n/,
    );
  });
});

describe('the fleet verdict and outputs', () => {
  test('a failed rollout ends in one line: the counts, then the first failure with its own line', () => {
    expect(fleetFailure(halted())?.toLine()).toBe(
      `1 of 4 targets failed, 1 not started (t3 failed (on-failure halt)); first t3: ${ERROR} — run the step again once it is fixed: targets already up to date do nothing`,
    );
    expect(fleetFailure(fleet([target('a')]))).toBeUndefined();
  });

  test('a cancelled job that left targets out fails; one that finished everything does not', () => {
    const left = fleet(
      [target('a'), target('b', { status: 'skipped', skipped: 'the job was cancelled' })],
      {
        cancelled: true,
      },
    );
    expect(fleetFailure(left)?.toLine()).toBe(
      'the job was cancelled: 1 of 2 targets not started — run the step again: targets already up to date do nothing',
    );
    expect(fleetFailure(fleet([target('a')], { cancelled: true }))).toBeUndefined();
  });

  test('outputs sum the targets and name the failed ones', () => {
    expect(fleetOutputs(halted())).toEqual({
      applied: '["001_a","002_b"]',
      'applied-count': 5,
      'pending-count': 0,
      'targets-count': 4,
      'succeeded-count': 2,
      'failed-count': 1,
      'skipped-count': 1,
      'failed-targets': 't3',
    });
  });
});

test('a target logger puts the name before every line of every message', () => {
  const memory = memoryLogger();
  const log = targetLogger(memory, 'eu-1');
  log.info('applying 001_a');
  log.debug('-- 001_a (up)\nCREATE TABLE a ();');
  log.warn('slow');
  expect(memory.lines).toEqual([
    'info: [eu-1] applying 001_a',
    'debug: [eu-1] -- 001_a (up)\n[eu-1] CREATE TABLE a ();',
    'warn: [eu-1] slow',
  ]);
});
