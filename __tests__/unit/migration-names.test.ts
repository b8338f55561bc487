// db-deploy writes the ledger with bind parameters and quoted identifiers: only names no quoting
// makes usable (control characters, identifiers PostgreSQL would cut) are refused.
import { listMigrationFiles } from '../../src/core/migrations/formats/node-pg-migrate/files.js';
import { checkBookkeepingName, checkMigrationFileName } from '../../src/core/migrations/names.js';
import { failure, refusal } from '../helpers/expect.js';
import { tempTree } from '../helpers/fixtures.js';

const ALLOWED = 'any characters but control characters';

describe('schema and migrations-table', () => {
  test.each([
    ['migrations-table', 'tab\tle', '\\t'],
    ['schema', 'new\nline', '\\n'],
  ] as const)('refuses %s %j, naming the control character', (input, value, shown) => {
    const error = refusal(() => checkBookkeepingName(input, value));
    expect(error.code).toBe('unsafe-name');
    expect(error.toLine()).toBe(
      `${input} ${JSON.stringify(value)} holds the control character "${shown}" — use at most ${input === 'schema' ? 63 : 53} bytes of ${ALLOWED}`,
    );
  });

  test('refuses names PostgreSQL would cut at 63 bytes (53 for the table, which gets _checksums)', () => {
    expect(refusal(() => checkBookkeepingName('schema', 's'.repeat(64))).message).toBe(
      `schema "${'s'.repeat(64)}" is 64 bytes long; PostgreSQL cuts names at 63 bytes`,
    );
    expect(refusal(() => checkBookkeepingName('migrations-table', 'é'.repeat(27))).message).toBe(
      `migrations-table "${'é'.repeat(27)}" is 54 bytes long; PostgreSQL cuts names at 63 bytes and db-deploy adds _checksums to it`,
    );
    expect(refusal(() => checkBookkeepingName('schema', '')).message).toBe('schema "" is empty');
  });

  test.each([
    'public"; CREATE TABLE pwned (id int); --',
    "o'hara",
    'back\\slash',
    'My Schema.v2-$',
    'Migrations Ünïcode',
  ])('accepts %j: it is quoted wherever it is used', (value) => {
    expect(() => checkBookkeepingName('schema', value)).not.toThrow();
  });
});

describe('migration file names', () => {
  test('refuses a control character in a listed directory, escaped in the message', async () => {
    const name = '905_bell\u0007.sql';
    const dir = await tempTree({ '1_ok.sql': 'SELECT 1;\n', [name]: 'SELECT 1;\n' }, 'names');
    const error = await failure(listMigrationFiles(dir, 'db/migrations'));
    expect(error.code).toBe('unsafe-name');
    expect(error.toLine()).toBe(
      `migration file "905_bell\\u0007.sql" holds the control character "\\u0007" in its name (db/migrations) — rename the file using ${ALLOWED}`,
    );
  });

  test.each([
    "901_x', NOW()); CREATE TABLE pwned (id int); --.sql",
    "902_o'hara.sql",
    '903_"quoted".js',
    '904_back\\slash.sql',
    '1700000000000_add users (v2).sql',
    '001_ünïcode-name.sql',
    '002_$dollar,comma;semi.js',
  ])('accepts %j: the ledger gets it as a bind parameter', (name) => {
    expect(() => checkMigrationFileName(name, 'db/migrations')).not.toThrow();
  });
});
