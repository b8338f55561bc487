// `npm run demo`, the README's first command after `npm ci`: the real script on its own embedded
// PostgreSQL (no DATABASE_URL), validate then migrate twice through the committed bundles.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { nodeBinary } from '../../scripts/lib/run-action.mjs';

const run = promisify(execFile);

test('npm run demo validates, applies every example migration, then finds nothing to do', async () => {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const { stdout, stderr } = await run(nodeBinary(), ['scripts/demo.mjs'], {
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = stdout.trim().split('\n').at(-1);
  expect(last).toMatch(
    /^✓ validate passed \(0 finding\(s\), every new migration reversible\); migrate run 1 applied [1-9]\d* migration\(s\); run 2 applied none: the database was already up to date$/,
  );
  // Nothing is printed as a failure along the way.
  expect(stderr).not.toMatch(/^(?:Error|::error)/m);
}, 180_000);
