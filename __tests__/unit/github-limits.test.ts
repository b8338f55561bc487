// What db-deploy hands GitHub stays within GitHub's limits: the step summary (1 MiB), an output
// value, an annotation's message. Real @actions/core writing real files, as on a runner.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DbDeployError } from '../../src/core/errors.js';
import { ANNOTATION_LIMIT_CHARS, SUMMARY_LIMIT_BYTES } from '../../src/core/report/budget.js';
import { setOutputs } from '../../src/github/outputs.js';
import { runAction } from '../../src/github/run-action.js';
import { writeSummary } from '../../src/github/summary.js';
import { stdoutLines } from '../helpers/stdout.js';
import { parseOutputFile, unescapeCommandData } from '../../scripts/lib/run-action.mjs';

let dir: string;
const saved = { ...process.env };

// One directory for the whole file: the toolkit's summary remembers the file it first wrote to.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'db-deploy-limits-'));
});
beforeEach(async () => {
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
  process.env.GITHUB_OUTPUT = join(dir, 'output');
  await writeFile(process.env.GITHUB_STEP_SUMMARY, '');
  await writeFile(process.env.GITHUB_OUTPUT, '');
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const summaryText = () => readFile(process.env.GITHUB_STEP_SUMMARY ?? '', 'utf8');

describe('writeSummary', () => {
  const table = (rows: number) =>
    ['| n | text |', '| ---: | --- |']
      .concat(Array.from({ length: rows }, (_, i) => `| ${i} | ${'row text '.repeat(10)} |`))
      .join('\n');

  test('writes a summary that fits as it is', async () => {
    await writeSummary('## ok\n\nall good');
    expect(await summaryText()).toBe('## ok\n\nall good\n');
  });

  test('cuts a summary over 1 MiB at a line end, with a note naming where the whole is', async () => {
    await writeSummary(
      `## big\n\n${table(40_000)}`,
      'the file named by the `report-markdown` output',
    );
    const text = await summaryText();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(text.startsWith('## big\n\n| n | text |\n')).toBe(true);
    expect(text).toMatch(
      /\| \d+ \| (row text ){10} \|\n\n> ✂️ This summary was cut at [\d.]+ kB to stay within GitHub's 1 MiB limit for a step's summary: the whole is in the file named by the `report-markdown` output\.\n\n$/,
    );
  });

  test('counts what the step wrote to its summary before', async () => {
    await writeFile(process.env.GITHUB_STEP_SUMMARY ?? '', 'x'.repeat(600 * 1024));
    await writeSummary(table(10_000));
    const text = await summaryText();
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(text).toContain('the whole is in the file named by the `report-json` output.');
  });
});

describe('setOutputs', () => {
  test('sets values that fit; leaves one over the limit empty with a warning rather than cut it', async () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `17000000${i}_a_long_migration_name`);
    const lines = await stdoutLines(() =>
      setOutputs({ applied: JSON.stringify(names), 'applied-count': names.length }),
    );
    const outputs = parseOutputFile(await readFile(process.env.GITHUB_OUTPUT ?? '', 'utf8'));
    expect(outputs).toEqual({ applied: '', 'applied-count': '20000' });
    expect(lines).toEqual([
      expect.stringMatching(
        /^::warning::output applied is [\d.]+ MB, over the 512 kB one output may take of GitHub's 1 MB per job: it is left empty; the file named by the report-json output has the whole result$/,
      ),
    ]);
  });
});

describe('runAction', () => {
  test('keeps a failure line within an annotation, printing the whole line to the log first', async () => {
    const long = `migration 1_x failed: ${'near "SELECT …" '.repeat(600)}`;
    const lines = await stdoutLines(() =>
      runAction({
        name: 'migrate',
        secretInputs: [],
        main: () => Promise.reject(new DbDeployError('bad', long, { hint: 'fix it' })),
      }),
    );
    const errors = lines.filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    const message = unescapeCommandData((errors[0] ?? '').slice('::error::'.length));
    expect(message).toHaveLength(ANNOTATION_LIMIT_CHARS);
    expect(message.startsWith('migrate: migration 1_x failed: near')).toBe(true);
    expect(
      message.endsWith(' … (cut at 4,096 characters; the whole line is in the log just above)'),
    ).toBe(true);
    expect(lines).toContain(`migrate: ${long.replace(/\s+/g, ' ').trim()} — fix it`);
  });

  test('leaves a failure line of ordinary length whole', async () => {
    const lines = await stdoutLines(() =>
      runAction({
        name: 'migrate',
        secretInputs: [],
        main: () => Promise.reject(new DbDeployError('bad', 'it broke', { hint: 'fix it' })),
      }),
    );
    expect(lines.filter((l) => l.startsWith('::error'))).toEqual([
      '::error::migrate: it broke — fix it',
    ]);
  });
});
