// One declaration per input: every input an action.yml declares is either a CLI option of the
// command that mirrors the action (under the input's own name, or the CLI name listed here) or
// listed here as the action's alone, with the reason. A new input with neither fails this test,
// so the CLI cannot silently lack what the action offers.
import { ACTION_HELP, inputsOf } from '../helpers/cli-help.js';

/** Inputs whose CLI option has another name (the CLI's names are shorter or read as flags). */
const CLI_NAME: Record<string, Record<string, string>> = {
  migrate: {
    'migrations-dir': 'dir',
    'migration-format': 'format',
    direction: 'down',
    placeholders: 'placeholder',
    'database-urls': 'targets',
  },
  validate: {
    'migrations-dir': 'dir',
    'migration-format': 'format',
    placeholders: 'placeholder',
    'new-migrations': 'new',
    'deploy-strategy': 'strategy',
    'required-tables': 'required-table',
    'required-indexes': 'required-index',
    'required-foreign-keys': 'required-foreign-key',
    'queries-file': 'queries',
  },
  backup: { path: 'dir', 'verify-database-url': 'verify-restore' },
  restore: { 'backup-path': 'backup' },
  'blue-green-switch': {
    'green-database': 'green',
    'green-database-url': 'green-url',
    'migrations-dir': 'dir',
  },
};

/** Inputs the CLI has no option for, and why. */
const ACTION_ONLY: Record<string, Record<string, string>> = {
  validate: {
    'github-token': 'the pull-request comment is the action’s; the CLI prints the report',
    comment: 'the pull-request comment is the action’s',
  },
  backup: {
    'upload-artifact': 'GitHub artifacts exist only inside a workflow run',
    'artifact-name': 'GitHub artifacts exist only inside a workflow run',
    'retention-days': 'GitHub artifacts exist only inside a workflow run',
  },
  restore: {
    'artifact-name': 'GitHub artifacts: the CLI restores a file (`gh run download`, then --backup)',
    'artifact-run-id': 'GitHub artifacts: the CLI restores a file',
    'artifact-repository': 'GitHub artifacts: the CLI restores a file',
    'github-token': 'GitHub artifacts: the CLI restores a file',
  },
  monitor: { mode: 'the CLI has a command per mode: db-deploy monitor, db-deploy preflight' },
  'blue-green-switch': { command: 'the CLI takes it as its first word: db-deploy switch COMMAND' },
};

describe.each(ACTION_HELP)('%s/action.yml and its CLI command', (action, help) => {
  test('every input is a CLI option, or the action’s alone for a stated reason', () => {
    const missing = Object.keys(inputsOf(action)).filter((input) => {
      if (ACTION_ONLY[action]?.[input]) return false;
      const option = CLI_NAME[action]?.[input] ?? input;
      return !new RegExp(`--${option}\\b`).test(help);
    });
    expect(missing).toEqual([]);
  });

  test('the lists here name only inputs that exist', () => {
    const inputs = Object.keys(inputsOf(action));
    const listed = [
      ...Object.keys(CLI_NAME[action] ?? {}),
      ...Object.keys(ACTION_ONLY[action] ?? {}),
    ];
    expect(listed.filter((name) => !inputs.includes(name))).toEqual([]);
  });
});
