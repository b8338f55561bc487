// A command's --help lines and its parser's options come from one list of entries
// (src/cli/help.ts commandOptions): what the help shows is what the parser understands.
import { parseArgs } from 'node:util';
import { commandOptions, parserOptions, pickInputs } from '../../src/cli/help.js';
import { CONNECTION_HELP } from '../../src/cli/args.js';
import { PLAN_CLI_HELP, PLAN_CLI_OPTIONS } from '../../src/cli/plan-options.js';
import { THRESHOLD_HELP, THRESHOLD_OPTIONS } from '../../src/cli/thresholds.js';

const ENTRIES = [
  { input: 'path', flag: 'dir', arg: 'DIR' },
  { input: 'exclude-table-data', arg: 'T', text: 'tables whose data is left out', repeat: true },
  { input: 'schema-only' },
  { input: 'verify', flag: 'no-verify', text: 'skip the checks', fallback: false },
  { flag: 'json', text: 'print JSON' },
] as const;

describe('parserOptions', () => {
  test('a value entry is a string option, repeatable when it repeats; one without is a flag', () => {
    expect(parserOptions(ENTRIES)).toEqual({
      dir: { type: 'string' },
      'exclude-table-data': { type: 'string', multiple: true },
      'schema-only': { type: 'boolean' },
      'no-verify': { type: 'boolean' },
      json: { type: 'boolean' },
    });
  });

  test('node:util parseArgs reads a command line with them, typed by the entries', () => {
    const { values } = parseArgs({
      args: ['--dir', 'x', '--exclude-table-data', 'a', '--exclude-table-data', 'b', '--no-verify'],
      options: parserOptions(ENTRIES),
      strict: true,
    });
    const dir: string | undefined = values.dir;
    const tables: string[] | undefined = values['exclude-table-data'];
    const skip: boolean | undefined = values['no-verify'];
    expect({ dir, tables, skip }).toEqual({ dir: 'x', tables: ['a', 'b'], skip: true });
    // @ts-expect-error an option no entry declares has no value
    expect(values.verify).toBeUndefined();
  });

  test('an option declared twice is a mistake caught when the command is loaded', () => {
    expect(() => parserOptions([...ENTRIES, { flag: 'json', text: 'again' }])).toThrow(
      '--json is declared twice',
    );
  });

  test('an option no entry declares is refused by the strict parser', () => {
    expect(() =>
      parseArgs({ args: ['--verify'], options: parserOptions(ENTRIES), strict: true }),
    ).toThrow(/Unknown option '--verify'/);
  });
});

describe('commandOptions', () => {
  const options = commandOptions('backup', ENTRIES);

  test('the help shows exactly the options the parser takes, with the declared defaults', () => {
    const flags = [...options.help.matchAll(/^ {2}--([a-z-]+)/gm)].map((m) => m[1]);
    expect(flags).toEqual(Object.keys(options.parser));
    expect(options.help).toMatch(/--dir DIR +directory [^]*\(default:\s+backups\)/);
    expect(options.help).toMatch(/--no-verify +skip the checks\n/);
    expect(options.help).toMatch(/-h, --help +show this help$/);
  });

  test('the shared groups parse what their help lists', () => {
    const flagsOf = (help: ReadonlyArray<{ flag?: string; input?: string }>) =>
      help.map((entry) => entry.flag ?? entry.input);
    const connection = parserOptions(CONNECTION_HELP);
    expect(Object.keys(connection)).toEqual(flagsOf(CONNECTION_HELP));
    expect(connection.placeholder).toEqual({ type: 'string', multiple: true });
    expect(Object.keys(PLAN_CLI_OPTIONS)).toEqual(flagsOf(PLAN_CLI_HELP));
    expect(Object.keys(THRESHOLD_OPTIONS)).toEqual(flagsOf(THRESHOLD_HELP));
  });

  test('pickInputs keeps the entries of the named inputs, in their order', () => {
    const picked = pickInputs(CONNECTION_HELP, 'schema', 'migrations-dir');
    expect(picked.map((entry) => entry.input)).toEqual(['migrations-dir', 'schema']);
    // @ts-expect-error a picked list holds only the named inputs
    expect(picked.some((entry) => entry.input === 'database-url')).toBe(false);
  });
});
