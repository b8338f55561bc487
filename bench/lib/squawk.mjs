// squawk as `npm install -D squawk-cli` provides it. The squawk-cli package holds only a small
// Node launcher (js/bin/squawk); the native binary comes from the platform package npm picks
// among its optionalDependencies (@squawk-cli/linux-x64, …), inside that package's tarball.
// Nothing is downloaded at install or at run time, and no install script is needed.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './contenders.mjs';

/** squawk-cli's launcher: `node <this> <args>` resolves the platform binary and spawns it. */
export const SQUAWK_LAUNCHER = join(ROOT, 'node_modules/squawk-cli/js/bin/squawk');

/**
 * Where squawk's native binary is, resolved by squawk-cli's own lookup (so the benchmark runs
 * the binary the launcher runs).
 * @returns {{ launcher: string, binary: string, version: string, platformPackage: string }}
 * @throws with what to install when squawk-cli or its platform package is missing
 */
export function findSquawk() {
  if (!existsSync(SQUAWK_LAUNCHER))
    throw new Error(
      `${SQUAWK_LAUNCHER} is missing: run \`npm ci\` (squawk-cli is a devDependency)`,
    );
  const require = createRequire(join(ROOT, 'package.json'));
  const { getBinaryPath } = require('squawk-cli/js/index.js');
  let binary;
  try {
    binary = getBinaryPath();
  } catch (error) {
    throw new Error(
      `squawk-cli has no binary for ${process.platform}-${process.arch}: ${error.message} ` +
        '(npm installs it from the optional dependency @squawk-cli/<platform>; do not use --omit=optional)',
      { cause: error },
    );
  }
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${binary} --version failed: ${run.stderr || run.error}`);
  return {
    launcher: SQUAWK_LAUNCHER,
    binary,
    version: run.stdout.trim().replace(/^squawk\s+/, ''),
    platformPackage: `@squawk-cli/${process.platform}-${process.arch}`,
  };
}

/**
 * squawk's rules that fire on nearly every statement whatever it does: they ask each file to set
 * its own timeouts and to use IF [NOT] EXISTS. db-deploy's migrate action sets lock_timeout and
 * retries itself, and idempotency is not an online-safety question, so the verdict comparison
 * leaves them out (the speed benchmark keeps squawk's full default rule set).
 */
export const SQUAWK_BOILERPLATE_RULES = new Set([
  'require-timeout-settings',
  'require-lock-timeout',
  'require-statement-timeout',
  'prefer-robust-stmts',
]);
