// The committed CLI bundle (dist/cli/index.js) on Node 24, as a laptop or a cron job runs it:
// `db-deploy migrate --targets FILE` over real databases with two different passwords.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { nodeBinary } from '../../scripts/lib/run-action.mjs';
import { appliedIn, FLEET_MIGRATIONS, TENANT_PASSWORDS, tenants } from '../helpers/fleet.js';
import { secretsIn } from '../helpers/step-checks.js';

const CLI = resolve('dist/cli/index.js');
const execFileAsync = promisify(execFile);

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await execFileAsync(nodeBinary(), [CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('db-deploy migrate --targets rolls a file of databases out, canary first, printing no URL or password', async () => {
  const fleet = await tenants(3, { roles: true });
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-cli-fleet-e2e-'));
  try {
    const file = join(dir, 'tenants.txt');
    await writeFile(file, `# production tenants\n${fleet.list}\n`);
    const run = await cli([
      'migrate',
      '--targets',
      file,
      '--dir',
      '__tests__/fixtures/fleet',
      '--max-parallel',
      '2',
      '--verify-checks',
      'invalid-indexes',
    ]);

    expect({ code: run.code, last: run.stderr.trim().split('\n').at(-1) }).toEqual({
      code: 0,
      last: expect.stringMatching(
        /^rollout: 3 of 3 targets succeeded, 0 failed, 0 not started, 9 migrations applied in /,
      ),
    });
    expect(run.stdout).toMatch(/^## ✅ db-deploy migrate: 3 targets, 9 migrations applied/);
    expect(run.stderr).toContain('[t1] canary: migrating');
    for (const t of fleet.tenants) expect(await appliedIn(t.url)).toEqual(FLEET_MIGRATIONS);
    expect(
      secretsIn({ stdout: run.stdout, stderr: run.stderr }, [
        ...fleet.tenants.map((t) => t.url),
        ...TENANT_PASSWORDS,
      ]),
    ).toEqual([]);
  } finally {
    await rm(dir, { recursive: true, force: true });
    await fleet.cleanup();
  }
});
