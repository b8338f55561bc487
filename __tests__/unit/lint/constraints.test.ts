import { lint } from '../../helpers/lint.js';

type Options = { pgVersion?: number };

const RULES = new Set([
  'foreign-key-missing-not-valid',
  'check-constraint-missing-not-valid',
  'unique-constraint-without-index',
  'ban-exclusion-constraint',
  'set-not-null-scans-table',
]);

/** `rule:severity` of each constraint finding, in order. */
async function constraintFindings(sql: string, options: Options = {}): Promise<string[]> {
  return (await lint(sql, options))
    .filter((f) => RULES.has(f.rule))
    .map((f) => `${f.rule}:${f.severity}`);
}

/** Every error or warning, whatever the rule: a safe recipe must have none. */
async function blocking(sql: string, options: Options = {}): Promise<string[]> {
  return (await lint(sql, options)).filter((f) => f.severity !== 'notice').map((f) => f.rule);
}

const FK = 'foreign-key-missing-not-valid:error';
const CHECK = 'check-constraint-missing-not-valid:error';
const UNIQUE = 'unique-constraint-without-index:error';
const NOT_NULL = 'set-not-null-scans-table:error';

describe('constraint rules', () => {
  it.each<[string, string, Options, string[]]>([
    // foreign keys
    [
      'flags ADD FOREIGN KEY without NOT VALID',
      'ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id);',
      {},
      [FK],
    ],
    [
      'accepts ADD COLUMN … REFERENCES without a default (all NULL: PostgreSQL skips the check)',
      'ALTER TABLE o ADD COLUMN c bigint REFERENCES c (id);',
      {},
      [],
    ],
    [
      'flags ADD COLUMN … DEFAULT … REFERENCES (every row is checked)',
      'ALTER TABLE o ADD COLUMN c bigint DEFAULT 1 REFERENCES c (id);',
      {},
      [FK],
    ],
    [
      'flags ADD COLUMN bigserial REFERENCES',
      'ALTER TABLE o ADD COLUMN c bigserial REFERENCES c (id);',
      {},
      [FK],
    ],
    [
      'accepts ADD FOREIGN KEY … NOT VALID',
      'ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id) NOT VALID;',
      {},
      [],
    ],
    [
      'accepts a NOT ENFORCED foreign key (PostgreSQL 18: nothing is checked)',
      'ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id) NOT ENFORCED;',
      {},
      [],
    ],
    ['accepts VALIDATE CONSTRAINT', 'ALTER TABLE o VALIDATE CONSTRAINT fk;', {}, []],
    [
      'accepts a foreign key on a table new in this migration',
      'CREATE TABLE t (id int, c int); ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id);',
      {},
      [],
    ],
    // checks
    [
      'flags ADD CHECK without NOT VALID',
      'ALTER TABLE o ADD CONSTRAINT ck CHECK (n > 0);',
      {},
      [CHECK],
    ],
    ['flags ADD COLUMN … CHECK', 'ALTER TABLE o ADD COLUMN n int CHECK (n > 0);', {}, [CHECK]],
    [
      'accepts ADD CHECK … NOT VALID',
      'ALTER TABLE o ADD CONSTRAINT ck CHECK (n > 0) NOT VALID;',
      {},
      [],
    ],
    [
      'accepts a CHECK on a table new in this migration',
      'CREATE TABLE t (n int); ALTER TABLE t ADD CONSTRAINT ck CHECK (n > 0);',
      {},
      [],
    ],
    // unique and primary keys
    ['flags ADD UNIQUE', 'ALTER TABLE o ADD CONSTRAINT u UNIQUE (email);', {}, [UNIQUE]],
    ['flags ADD PRIMARY KEY', 'ALTER TABLE o ADD PRIMARY KEY (id);', {}, [UNIQUE]],
    ['flags ADD COLUMN … UNIQUE', 'ALTER TABLE o ADD COLUMN code text UNIQUE;', {}, [UNIQUE]],
    [
      'accepts ADD UNIQUE USING INDEX',
      'ALTER TABLE o ADD CONSTRAINT u UNIQUE USING INDEX o_email;',
      {},
      [],
    ],
    [
      'accepts ADD PRIMARY KEY USING INDEX',
      'ALTER TABLE o ADD CONSTRAINT o_pkey PRIMARY KEY USING INDEX o_id;',
      {},
      [],
    ],
    [
      'accepts a primary key on a table new in this migration',
      'CREATE TABLE t (id int); ALTER TABLE t ADD PRIMARY KEY (id);',
      {},
      [],
    ],
    // exclusion
    [
      'flags ADD EXCLUDE',
      'ALTER TABLE b ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);',
      {},
      ['ban-exclusion-constraint:error'],
    ],
    [
      'accepts EXCLUDE on a table new in this migration',
      'CREATE TABLE b (during tstzrange); ALTER TABLE b ADD EXCLUDE USING gist (during WITH &&);',
      {},
      [],
    ],
    // SET NOT NULL
    ['flags SET NOT NULL', 'ALTER TABLE o ALTER COLUMN c SET NOT NULL;', {}, [NOT_NULL]],
    [
      'flags SET NOT NULL on PostgreSQL 11',
      'ALTER TABLE o ALTER COLUMN c SET NOT NULL;',
      { pgVersion: 11 },
      [NOT_NULL],
    ],
    [
      'accepts SET NOT NULL after a validated CHECK (c IS NOT NULL) on PostgreSQL 12+',
      'ALTER TABLE o ADD CONSTRAINT c_nn CHECK (c IS NOT NULL) NOT VALID; ALTER TABLE o VALIDATE CONSTRAINT c_nn; ALTER TABLE o ALTER COLUMN c SET NOT NULL;',
      { pgVersion: 12 },
      [],
    ],
    [
      'still flags it on PostgreSQL 11, which ignores the CHECK',
      'ALTER TABLE o ADD CONSTRAINT c_nn CHECK (c IS NOT NULL) NOT VALID; ALTER TABLE o VALIDATE CONSTRAINT c_nn; ALTER TABLE o ALTER COLUMN c SET NOT NULL;',
      { pgVersion: 11 },
      [NOT_NULL],
    ],
    [
      'flags SET NOT NULL when the CHECK was never validated',
      'ALTER TABLE o ADD CONSTRAINT c_nn CHECK (c IS NOT NULL) NOT VALID; ALTER TABLE o ALTER COLUMN c SET NOT NULL;',
      {},
      [NOT_NULL],
    ],
    [
      'flags SET NOT NULL when the validated CHECK is about another column',
      'ALTER TABLE o ADD CONSTRAINT d_nn CHECK (d IS NOT NULL) NOT VALID; ALTER TABLE o VALIDATE CONSTRAINT d_nn; ALTER TABLE o ALTER COLUMN c SET NOT NULL;',
      {},
      [NOT_NULL],
    ],
    [
      'flags SET NOT NULL when the validated CHECK is on another table',
      'ALTER TABLE p ADD CONSTRAINT c_nn CHECK (c IS NOT NULL) NOT VALID; ALTER TABLE p VALIDATE CONSTRAINT c_nn; ALTER TABLE o ALTER COLUMN c SET NOT NULL;',
      {},
      [NOT_NULL],
    ],
    [
      'accepts a CHECK that ANDs the column with others',
      'ALTER TABLE o ADD CONSTRAINT nn CHECK (c IS NOT NULL AND d > 0) NOT VALID; ALTER TABLE o VALIDATE CONSTRAINT nn; ALTER TABLE o ALTER COLUMN c SET NOT NULL;',
      {},
      [],
    ],
    [
      'accepts a VALIDATE of a CHECK from an earlier migration named after the column',
      'ALTER TABLE o VALIDATE CONSTRAINT o_customer_id_not_null; ALTER TABLE o ALTER COLUMN customer_id SET NOT NULL; ALTER TABLE o DROP CONSTRAINT o_customer_id_not_null;',
      {},
      [],
    ],
    [
      'accepts SET NOT NULL on a table new in this migration',
      'CREATE TABLE t (c int); ALTER TABLE t ALTER COLUMN c SET NOT NULL;',
      {},
      [],
    ],
    [
      'flags ADD CONSTRAINT … NOT NULL without NOT VALID (PostgreSQL 18)',
      'ALTER TABLE o ADD CONSTRAINT c_nn NOT NULL c;',
      { pgVersion: 18 },
      [NOT_NULL],
    ],
    [
      'accepts ADD CONSTRAINT … NOT NULL … NOT VALID then VALIDATE (PostgreSQL 18)',
      'ALTER TABLE o ADD CONSTRAINT c_nn NOT NULL c NOT VALID; ALTER TABLE o VALIDATE CONSTRAINT c_nn;',
      { pgVersion: 18 },
      [],
    ],
    [
      'says ADD CONSTRAINT … NOT NULL fails before PostgreSQL 18',
      'ALTER TABLE o ADD CONSTRAINT c_nn NOT NULL c NOT VALID;',
      { pgVersion: 17 },
      [NOT_NULL],
    ],
  ])('%s', async (_name, sql, options, expected) => {
    expect(await constraintFindings(sql, options)).toEqual(expected);
  });

  it.each([
    [
      'foreign key',
      'CREATE INDEX CONCURRENTLY o_c_idx ON o (c); ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES c (id) NOT VALID; ALTER TABLE o VALIDATE CONSTRAINT fk;',
    ],
    [
      'check',
      'ALTER TABLE o ADD CONSTRAINT ck CHECK (n > 0) NOT VALID; ALTER TABLE o VALIDATE CONSTRAINT ck;',
    ],
    [
      'unique',
      'CREATE UNIQUE INDEX CONCURRENTLY o_email ON o (email); ALTER TABLE o ADD CONSTRAINT o_email_key UNIQUE USING INDEX o_email;',
    ],
    [
      'not null',
      'ALTER TABLE o ADD CONSTRAINT c_nn CHECK (c IS NOT NULL) NOT VALID; ALTER TABLE o VALIDATE CONSTRAINT c_nn; ALTER TABLE o ALTER COLUMN c SET NOT NULL; ALTER TABLE o DROP CONSTRAINT c_nn;',
    ],
  ])('the online %s recipe produces no error or warning', async (_name, sql) => {
    expect(await blocking(sql)).toEqual([]);
  });

  it('points at the constraint and names the table, the referenced table and the recipe', async () => {
    const sql =
      'ALTER TABLE orders\n  ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id);';
    const [finding] = await lint(sql);
    expect(finding).toMatchObject({ line: 2, column: 7 }); // at CONSTRAINT fk
    expect(finding?.message).toMatch(/orders.*customers/);
    expect(finding?.hint).toMatch(/NOT VALID.*VALIDATE CONSTRAINT/);
  });

  it.each([
    [11, /PostgreSQL 11 always scans/],
    [12, /CHECK \(c IS NOT NULL\) NOT VALID.*VALIDATE.*SET NOT NULL.*DROP CONSTRAINT/],
    [18, /NOT NULL c NOT VALID/],
  ])('gives the SET NOT NULL recipe that PostgreSQL %i supports', async (pgVersion, hint) => {
    const [finding] = await lint('ALTER TABLE o ALTER COLUMN c SET NOT NULL;', { pgVersion });
    expect(finding?.hint).toMatch(hint);
  });
});
