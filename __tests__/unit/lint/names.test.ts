import { loadParser } from '../../../src/core/sql/parse.js';
import { lintSql, NEWEST_PG_VERSION } from '../../../src/core/lint/engine.js';
import { truncateIdentifier, type KnownNames } from '../../../src/core/lint/names.js';
import type { Finding } from '../../../src/core/lint/types.js';

beforeAll(() => loadParser());

const lint = (sql: string, knownNames?: KnownNames): Finding[] =>
  lintSql(sql, { file: 'm.sql', pgVersion: NEWEST_PG_VERSION, knownNames });

const OURS = new Set(['truncated-name-clash', 'truncated-name-lookup']);
/** `rule@line` of this family's findings. */
const at = (sql: string, knownNames?: KnownNames) =>
  lint(sql, knownNames)
    .filter((f) => OURS.has(f.rule))
    .map((f) => `${f.rule}@${f.line}`);

/** 63 bytes: what PostgreSQL keeps of a longer name. */
const STEM = 'orders_customer_id_created_at_status_shipping_country_region_ix';
const LONG_A = `${STEM}_a`;
const LONG_B = `${STEM}_b`;

describe('identifiers over 63 bytes', () => {
  test('cuts names as PostgreSQL does: 63 bytes, at a character boundary', () => {
    expect(STEM).toHaveLength(63);
    expect(truncateIdentifier(LONG_A)).toBe(STEM);
    expect(truncateIdentifier('short')).toBe('short');
    // 'é' is two bytes: 31 of them are 62 bytes, the 32nd would pass 63.
    expect(truncateIdentifier('é'.repeat(40))).toBe('é'.repeat(31));
  });

  it.each<[string, string, string[]]>([
    [
      'two index names that share their first 63 bytes: the second CREATE fails',
      `CREATE INDEX CONCURRENTLY ${LONG_A} ON orders (customer_id);\nCREATE INDEX CONCURRENTLY ${LONG_B} ON orders (created_at);`,
      ['truncated-name-clash@2'],
    ],
    [
      'with IF NOT EXISTS the second is skipped silently',
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${LONG_A} ON orders (customer_id);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS ${LONG_B} ON orders (created_at);`,
      ['truncated-name-clash@2'],
    ],
    [
      'a table and an index share the relation namespace',
      `CREATE TABLE ${LONG_A} (id bigint);\nCREATE INDEX CONCURRENTLY ${LONG_B} ON orders (id);`,
      ['truncated-name-clash@2'],
    ],
    [
      'a cut name that equals a 63-byte name written in full',
      `CREATE TABLE ${STEM} (id bigint);\nCREATE INDEX CONCURRENTLY ${LONG_B} ON orders (id);`,
      ['truncated-name-clash@2'],
    ],
    [
      'two columns of one CREATE TABLE',
      `CREATE TABLE t (${LONG_A} text, ${LONG_B} text);`,
      ['truncated-name-clash@1'],
    ],
    [
      'two constraints of one table',
      `ALTER TABLE orders ADD CONSTRAINT ${LONG_A} CHECK (total > 0) NOT VALID;\nALTER TABLE orders ADD CONSTRAINT ${LONG_B} CHECK (total < 1e9) NOT VALID;`,
      ['truncated-name-clash@2'],
    ],
    [
      'a guard that looks the full name up never matches (in a DO block)',
      [
        'DO $$ BEGIN',
        `  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '${LONG_A}') THEN`,
        `    ALTER TABLE orders ADD CONSTRAINT ${LONG_A} CHECK (total > 0) NOT VALID;`,
        '  END IF;',
        'END $$;',
      ].join('\n'),
      ['truncated-name-lookup@2'],
    ],
    [
      'a long name compared with a catalog name column, even one this migration does not create',
      `SELECT 1 FROM pg_indexes WHERE indexname IN ('${LONG_A}', 'short');`,
      ['truncated-name-lookup@1'],
    ],
    [
      'a string equal to a long name the migration created',
      `CREATE INDEX CONCURRENTLY ${LONG_A} ON orders (id);\nSELECT pg_size_pretty(pg_relation_size(quote_ident('${LONG_A}')));`,
      ['truncated-name-lookup@2'],
    ],
  ])('flags %s', (_name, sql, expected) => {
    expect(at(sql)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      'one long name: harmless, cut the same way everywhere',
      `CREATE INDEX CONCURRENTLY ${LONG_A} ON orders (id);\nDROP INDEX CONCURRENTLY ${LONG_A};`,
    ],
    [
      'the same long name twice with IF NOT EXISTS (the re-runnable form)',
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${LONG_A} ON orders (id);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS ${LONG_A} ON orders (id);`,
    ],
    [
      'the same cut name in two tables (constraint names are per table)',
      `ALTER TABLE orders ADD CONSTRAINT ${LONG_A} CHECK (total > 0) NOT VALID;\nALTER TABLE carts ADD CONSTRAINT ${LONG_B} CHECK (total > 0) NOT VALID;`,
    ],
    [
      'in two schemas',
      `CREATE TABLE a.${LONG_A} (id bigint);\nCREATE TABLE b.${LONG_B} (id bigint);`,
    ],
    [
      'after the first was dropped',
      `CREATE INDEX CONCURRENTLY ${LONG_A} ON orders (id);\nDROP INDEX CONCURRENTLY ${LONG_A};\nCREATE INDEX CONCURRENTLY ${LONG_B} ON orders (id);`,
    ],
    [
      'the safe recipe: names that differ within 63 bytes, looked up as stored',
      `CREATE INDEX CONCURRENTLY a_${STEM.slice(2)} ON orders (id);\nSELECT 1 FROM pg_indexes WHERE indexname = '${STEM}';`,
    ],
  ])('stays quiet: %s', (_name, sql) => {
    expect(at(sql)).toEqual([]);
  });

  test('names the cut name and what it clashes with', () => {
    const [finding] = lint(
      `CREATE INDEX CONCURRENTLY ${LONG_A} ON orders (id);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS ${LONG_B} ON orders (id);`,
    ).filter((f) => OURS.has(f.rule));
    expect(finding).toMatchObject({ severity: 'error', line: 2 });
    expect(finding?.message).toBe(
      `relation name ${LONG_B} is longer than 63 bytes: PostgreSQL cuts it to ${STEM}, which is also the name of ${LONG_A}, earlier in this migration, so IF NOT EXISTS skips this statement with only a NOTICE and the object is never created`,
    );
  });

  test('against names the schema already holds (validate passes those of the applied migrations), and adds its own', () => {
    const known: KnownNames = new Map();
    expect(at(`CREATE INDEX CONCURRENTLY ${LONG_A} ON orders (id);`, known)).toEqual([]);
    expect([...known.values()]).toEqual([{ written: LONG_A, where: 'm.sql' }]);
    expect(at(`CREATE INDEX CONCURRENTLY ${LONG_B} ON carts (id);`, known)).toEqual([
      'truncated-name-clash@1',
    ]);
    const [clash] = lint(`CREATE INDEX CONCURRENTLY ${LONG_B} ON carts (id);`, known).filter(
      (f) => f.rule === 'truncated-name-clash',
    );
    expect(clash?.message).toContain(`${LONG_A}, created by m.sql`);
  });
});
