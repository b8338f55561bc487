import * as migrate from './migrate.js';
import * as validate from './validate.js';
import * as backup from './backup.js';
import * as restore from './restore.js';
import * as monitor from './monitor.js';
import * as blueGreenSwitch from './blue-green-switch.js';
import { runAction } from '../github/run-action.js';
import { renderFailure } from '../core/report/index.js';
import { writeSummary } from '../github/summary.js';
import { actionInputs } from '../github/inputs.js';

/** The root action.yml's own inputs. */
const input = actionInputs('root');

/** Commands of the root action; each maps to the adapter of the action folder of that name. */
const COMMANDS = [
  'migrate',
  'validate',
  'backup',
  'restore',
  'blue-green-switch',
  'monitor',
] as const;

/** The root action: `command:` picks which action runs, with that action's inputs. */
export async function run(): Promise<void> {
  let command: (typeof COMMANDS)[number] | undefined;
  await runAction({
    name: 'db-deploy',
    secretInputs: [
      'database-url',
      'database-urls',
      'stats-database-url',
      'plans-database-url',
      'verify-database-url',
      'green-database-url',
      'pgbouncer-admin-url',
      'github-token',
    ],
    main: async () => {
      command = input.choice('command', COMMANDS);
    },
    report: async ({ ok, line }) => {
      if (!ok) await writeSummary(renderFailure('', line));
    },
  });
  if (command === 'migrate') await migrate.run();
  if (command === 'validate') await validate.run();
  if (command === 'backup') await backup.run();
  if (command === 'restore') await restore.run();
  if (command === 'monitor') await monitor.run();
  // Here `command` picks the action, so the switch's own command comes from blue-green-command.
  if (command === 'blue-green-switch') await blueGreenSwitch.run({ root: true });
}
