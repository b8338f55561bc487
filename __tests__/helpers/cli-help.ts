// Each action beside the --help text of the CLI command that mirrors it, and the inputs its
// action.yml declares: what the tests comparing the CLI with the action.yml files read.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { BACKUP_HELP } from '../../src/cli/commands/backup.js';
import { FLEET_HELP } from '../../src/cli/commands/fleet.js';
import { MIGRATE_HELP } from '../../src/cli/commands/migrate.js';
import { MONITOR_HELP } from '../../src/cli/commands/monitor.js';
import { PREFLIGHT_HELP } from '../../src/cli/commands/preflight.js';
import { RESTORE_HELP } from '../../src/cli/commands/restore.js';
import { SWITCH_HELP } from '../../src/cli/commands/switch.js';
import { VALIDATE_HELP } from '../../src/cli/commands/validate.js';

/** The inputs an action's action.yml declares, by name. */
export const inputsOf = (action: string): Record<string, { default?: unknown }> =>
  (
    load(readFileSync(`${action}/action.yml`, 'utf8')) as {
      inputs: Record<string, { default?: unknown }>;
    }
  ).inputs;

/** [action folder, the --help of the command(s) that mirror it]. */
export const ACTION_HELP: ReadonlyArray<[string, string]> = [
  ['migrate', MIGRATE_HELP + FLEET_HELP],
  ['validate', VALIDATE_HELP],
  ['backup', BACKUP_HELP],
  ['restore', RESTORE_HELP],
  ['monitor', MONITOR_HELP + PREFLIGHT_HELP],
  ['blue-green-switch', SWITCH_HELP],
];
