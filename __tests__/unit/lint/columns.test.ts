import { lint } from '../../helpers/lint.js';

type Options = { pgVersion?: number };

const RULES = new Set([
  'add-column-default-rewrite',
  'adding-required-field',
  'add-column-auto-increment',
  'add-column-stored-generated',
  'changing-column-type',
  'prefer-jsonb',
  'drop-not-null',
]);

/** `rule:severity` of each column finding, in order. */
async function columnFindings(sql: string, options: Options = {}): Promise<string[]> {
  return (await lint(sql, options))
    .filter((f) => RULES.has(f.rule))
    .map((f) => `${f.rule}:${f.severity}`);
}

const DEFAULT = 'add-column-default-rewrite:error';
const TYPE = 'changing-column-type:error';
const MAYBE = 'changing-column-type:warning';

describe('ADD COLUMN rules', () => {
  it.each<[string, string, Options, string[]]>([
    // defaults
    ['accepts a constant default', "ALTER TABLE o ADD COLUMN s text DEFAULT 'new';", {}, []],
    ['accepts now()', 'ALTER TABLE o ADD COLUMN at timestamptz DEFAULT now();', {}, []],
    [
      'accepts CURRENT_TIMESTAMP',
      'ALTER TABLE o ADD COLUMN at timestamptz DEFAULT CURRENT_TIMESTAMP;',
      {},
      [],
    ],
    [
      'accepts a stable txid_current()',
      'ALTER TABLE o ADD COLUMN x bigint DEFAULT txid_current();',
      {},
      [],
    ],
    [
      'flags gen_random_uuid()',
      'ALTER TABLE o ADD COLUMN u uuid DEFAULT gen_random_uuid();',
      {},
      [DEFAULT],
    ],
    [
      'flags uuid_generate_v4()',
      'ALTER TABLE o ADD COLUMN u uuid DEFAULT uuid_generate_v4();',
      {},
      [DEFAULT],
    ],
    [
      'flags clock_timestamp()',
      'ALTER TABLE o ADD COLUMN t timestamptz DEFAULT clock_timestamp();',
      {},
      [DEFAULT],
    ],
    [
      "flags nextval('s')",
      "ALTER TABLE o ADD COLUMN n bigint DEFAULT nextval('s');",
      {},
      [DEFAULT],
    ],
    [
      'flags random() inside an expression',
      'ALTER TABLE o ADD COLUMN n int DEFAULT (random() * 100)::int;',
      {},
      [DEFAULT],
    ],
    [
      'warns about an unknown function',
      'ALTER TABLE o ADD COLUMN n int DEFAULT my_func();',
      {},
      ['add-column-default-rewrite:warning'],
    ],
    [
      'flags any default before PostgreSQL 11',
      'ALTER TABLE o ADD COLUMN n int DEFAULT 0;',
      { pgVersion: 10 },
      [DEFAULT],
    ],
    [
      'accepts DEFAULT NULL before PostgreSQL 11',
      'ALTER TABLE o ADD COLUMN n int DEFAULT NULL;',
      { pgVersion: 10 },
      [],
    ],
    [
      'accepts a volatile default on a table new in this migration',
      'CREATE TABLE t (id int); ALTER TABLE t ADD COLUMN u uuid DEFAULT gen_random_uuid();',
      {},
      [],
    ],
    // NOT NULL without default
    [
      'flags NOT NULL without a default',
      'ALTER TABLE o ADD COLUMN n int NOT NULL;',
      {},
      ['adding-required-field:error'],
    ],
    [
      'accepts NOT NULL with a constant default',
      'ALTER TABLE o ADD COLUMN n int NOT NULL DEFAULT 0;',
      {},
      [],
    ],
    ['accepts a nullable column', 'ALTER TABLE o ADD COLUMN n int;', {}, []],
    [
      'accepts NOT NULL on a table new in this migration',
      'CREATE TABLE t (id int); ALTER TABLE t ADD COLUMN n int NOT NULL;',
      {},
      [],
    ],
    // serial, identity, generated
    [
      'flags bigserial',
      'ALTER TABLE o ADD COLUMN id bigserial;',
      {},
      ['add-column-auto-increment:error'],
    ],
    [
      'flags serial NOT NULL once',
      'ALTER TABLE o ADD COLUMN id serial NOT NULL;',
      {},
      ['add-column-auto-increment:error'],
    ],
    [
      'flags GENERATED AS IDENTITY',
      'ALTER TABLE o ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;',
      {},
      ['add-column-auto-increment:error'],
    ],
    [
      'flags a STORED generated column',
      'ALTER TABLE o ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) STORED;',
      {},
      ['add-column-stored-generated:error'],
    ],
    [
      'accepts a VIRTUAL generated column (PostgreSQL 18)',
      'ALTER TABLE o ADD COLUMN total numeric GENERATED ALWAYS AS (price * qty) VIRTUAL;',
      {},
      [],
    ],
    [
      'accepts serial on a table new in this migration',
      'CREATE TABLE t (name text); ALTER TABLE t ADD COLUMN id bigserial;',
      {},
      [],
    ],
    // json
    ['notes a json column', 'ALTER TABLE o ADD COLUMN meta json;', {}, ['prefer-jsonb:notice']],
    [
      'notes json in CREATE TABLE',
      'CREATE TABLE t (id int, meta json);',
      {},
      ['prefer-jsonb:notice'],
    ],
    ['accepts jsonb', 'ALTER TABLE o ADD COLUMN meta jsonb;', {}, []],
  ])('%s', async (_name, sql, options, expected) => {
    expect(await columnFindings(sql, options)).toEqual(expected);
  });
});

describe('ALTER COLUMN rules', () => {
  /** A column whose current type the migration shows, then changed. */
  const change = (from: string, to: string) =>
    `ALTER TABLE o ADD COLUMN c ${from}; ALTER TABLE o ALTER COLUMN c TYPE ${to};`;

  it.each<[string, string, Options, string[]]>([
    ['accepts varchar(10) → varchar(20)', change('varchar(10)', 'varchar(20)'), {}, []],
    ['accepts varchar(10) → varchar', change('varchar(10)', 'varchar'), {}, []],
    ['accepts varchar(10) → text', change('varchar(10)', 'text'), {}, []],
    ['accepts text → varchar', change('text', 'varchar'), {}, []],
    ['flags varchar(20) → varchar(10)', change('varchar(20)', 'varchar(10)'), {}, [TYPE]],
    ['flags text → varchar(10)', change('text', 'varchar(10)'), {}, [TYPE]],
    ['accepts numeric(10,2) → numeric(12,2)', change('numeric(10,2)', 'numeric(12,2)'), {}, []],
    ['accepts numeric(10,2) → numeric', change('numeric(10,2)', 'numeric'), {}, []],
    ['flags numeric(10,2) → numeric(12,3)', change('numeric(10,2)', 'numeric(12,3)'), {}, [TYPE]],
    ['accepts varbit(8) → varbit(16)', change('bit varying(8)', 'bit varying(16)'), {}, []],
    ['accepts cidr → inet', change('cidr', 'inet'), {}, []],
    ['flags int → bigint', change('int', 'bigint'), {}, [TYPE]],
    [
      'warns timestamp → timestamptz on PostgreSQL 12+',
      change('timestamp', 'timestamptz'),
      {},
      [MAYBE],
    ],
    [
      'flags timestamp → timestamptz on PostgreSQL 11',
      change('timestamp', 'timestamptz'),
      { pgVersion: 11 },
      [TYPE],
    ],
    [
      'flags int → bigint of an unknown column',
      'ALTER TABLE o ALTER COLUMN c TYPE bigint;',
      {},
      [TYPE],
    ],
    [
      'warns varchar(50) of an unknown column',
      'ALTER TABLE o ALTER COLUMN c TYPE varchar(50);',
      {},
      [MAYBE],
    ],
    [
      'flags a USING expression that computes values',
      "ALTER TABLE o ALTER COLUMN c TYPE text USING c || 'x';",
      {},
      [TYPE],
    ],
    [
      'accepts a plain cast in USING when the change is in place',
      'ALTER TABLE o ADD COLUMN c varchar(10); ALTER TABLE o ALTER COLUMN c TYPE text USING c::text;',
      {},
      [],
    ],
    [
      'accepts a type change on a table new in this migration',
      'CREATE TABLE t (c int); ALTER TABLE t ALTER COLUMN c TYPE bigint;',
      {},
      [],
    ],
    [
      'notes a change to json',
      change('text', 'json USING c::json'),
      {},
      ['changing-column-type:error', 'prefer-jsonb:notice'],
    ],
    [
      'notes DROP NOT NULL',
      'ALTER TABLE o ALTER COLUMN c DROP NOT NULL;',
      {},
      ['drop-not-null:notice'],
    ],
    [
      'accepts DROP NOT NULL on a table new in this migration',
      'CREATE TABLE t (c int NOT NULL); ALTER TABLE t ALTER COLUMN c DROP NOT NULL;',
      {},
      [],
    ],
  ])('%s', async (_name, sql, options, expected) => {
    expect(await columnFindings(sql, options)).toEqual(expected);
  });

  it('says which old types would make an unknown change in place', async () => {
    const [finding] = await lint('ALTER TABLE o ALTER COLUMN c TYPE varchar(50);');
    expect(finding?.message).toMatch(/varchar\(n\) with n ≤ 50/);
    expect(finding?.hint).toMatch(/db-deploy-ignore changing-column-type/);
  });
});

describe('column findings', () => {
  it('point at the default and name the table, the column and the function', async () => {
    const [finding] = await lint(
      'ALTER TABLE orders ADD COLUMN token uuid\n  DEFAULT gen_random_uuid();',
    );
    expect(finding).toMatchObject({ rule: 'add-column-default-rewrite', line: 2, column: 3 });
    expect(finding?.message).toMatch(/token.*gen_random_uuid\(\).*rewrites orders/);
    expect(finding?.hint).toMatch(/without a DEFAULT.*SET DEFAULT.*backfill/);
  });

  it('leave the online ADD COLUMN recipe without error or warning', async () => {
    const sql = [
      'ALTER TABLE o ADD COLUMN token uuid;',
      'ALTER TABLE o ALTER COLUMN token SET DEFAULT gen_random_uuid();',
      "ALTER TABLE o ADD COLUMN status text NOT NULL DEFAULT 'new';",
      'ALTER TABLE o ADD COLUMN meta jsonb;',
    ].join('\n');
    expect((await lint(sql)).filter((f) => f.severity !== 'notice')).toEqual([]);
  });
});
