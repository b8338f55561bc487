// Names node-pg-migrate pastes into SQL unescaped are refused before anything runs.
import { listMigrationFiles } from '../../src/core/migrations/files.js';
import { migrationTables } from '../../src/core/migrations/state.js';
import { checkMigrationFileName } from '../../src/core/migrations/names.js';
import { failure, refusal } from '../helpers/expect.js';
import { tempTree } from '../helpers/fixtures.js';

const ALLOWED = `letters, digits, spaces and punctuation other than ' " and \\ (no control characters)`;

describe('schema and migrations-table', () => {
  test.each([
    ['schema', 'public"; CREATE TABLE pwned (id int); --', '\\"'],
    ['schema', "o'hara", "'"],
    ['schema', 'back\\slash', '\\\\'],
    ['migrations-table', "mt' OR true; CREATE TABLE pwned (id int); --", "'"],
    ['migrations-table', 'tab\tle', '\\t'],
    ['migrations-table', 'new\nline', '\\n'],
  ] as const)('refuses %s %j, naming the character and what is allowed', (input, value, shown) => {
    const names = {
      schema: input === 'schema' ? value : 'public',
      migrationsTable: input === 'migrations-table' ? value : 'pgmigrations',
    };
    const error = refusal(() => migrationTables(names));
    expect(error.code).toBe('unsafe-name');
    expect(error.toLine()).toBe(
      `${input} ${JSON.stringify(value).replace(/\s+/g, ' ')} holds "${shown}", which node-pg-migrate would paste into SQL as code — use at most ${input === 'schema' ? 63 : 53} bytes of ${ALLOWED}`,
    );
  });

  test('refuses names PostgreSQL would cut at 63 bytes (53 for the table, which gets _checksums)', () => {
    expect(
      refusal(() => migrationTables({ schema: 's'.repeat(64), migrationsTable: 't' })).message,
    ).toBe(`schema "${'s'.repeat(64)}" is 64 bytes long; PostgreSQL cuts names at 63 bytes`);
    expect(
      refusal(() => migrationTables({ schema: 'public', migrationsTable: 'é'.repeat(27) })).message,
    ).toBe(
      `migrations-table "${'é'.repeat(27)}" is 54 bytes long; PostgreSQL cuts names at 63 bytes and db-deploy adds _checksums to it`,
    );
    expect(refusal(() => migrationTables({ schema: '', migrationsTable: 't' })).message).toBe(
      'schema "" is empty',
    );
  });

  test('accepts mixed case, spaces, dots, dashes, dollars and non-ASCII letters', () => {
    expect(
      migrationTables({ schema: 'My Schema.v2-$', migrationsTable: 'Migrations Ünïcode' }),
    ).toEqual({
      schema: 'My Schema.v2-$',
      migrations: 'Migrations Ünïcode',
      checksums: 'Migrations Ünïcode_checksums',
    });
  });
});

describe('migration file names', () => {
  test.each([
    ["901_x', NOW()); CREATE TABLE pwned (id int); --.sql", "'"],
    ["902_o'hara.sql", "'"],
    ['903_"quoted".js', '\\"'],
    ['904_back\\slash.sql', '\\\\'],
    ['905_bell\u0007.sql', '\\u0007'],
  ])('refuses %j in a listed directory', async (name, shown) => {
    const dir = await tempTree({ '1_ok.sql': 'SELECT 1;\n', [name]: 'SELECT 1;\n' }, 'names');
    const error = await failure(listMigrationFiles(dir, 'db/migrations'));
    expect(error.code).toBe('unsafe-name');
    expect(error.toLine()).toBe(
      `migration file ${JSON.stringify(name)} holds "${shown}" in its name, which node-pg-migrate would paste into SQL as code when it records the migration (db/migrations) — rename the file using ${ALLOWED}`,
    );
  });

  test.each([
    '1700000000000_add users (v2).sql',
    '001_ünïcode-name.sql',
    '002_$dollar,comma;semi.js',
  ])('accepts %j', (name) => {
    expect(() => checkMigrationFileName(name, 'db/migrations')).not.toThrow();
  });
});
