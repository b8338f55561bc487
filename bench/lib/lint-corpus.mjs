// A deterministic corpus of realistic PostgreSQL migrations for `npm run bench:lint`: the mix of
// statements a year of schema changes produces (tables, columns, indexes, constraints, data
// fixes, types, functions, triggers), risky forms and their safe recipes side by side, with the
// comments, blank lines and multi-line layout people write. Same seed, same bytes.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const TABLES = [
  'orders',
  'order_items',
  'customers',
  'addresses',
  'products',
  'product_variants',
  'inventory_levels',
  'warehouses',
  'shipments',
  'payments',
  'refunds',
  'invoices',
  'coupons',
  'carts',
  'cart_items',
  'reviews',
  'categories',
  'suppliers',
  'purchase_orders',
  'audit_events',
  'sessions',
  'users',
  'accounts',
  'subscriptions',
  'plans',
  'webhooks',
  'api_keys',
  'notifications',
  'tax_rates',
  'price_lists',
];
const NOUNS = [
  'status',
  'note',
  'label',
  'code',
  'reference',
  'source',
  'channel',
  'region',
  'currency',
  'priority',
  'score',
  'weight',
  'quantity',
  'amount_cents',
  'discount_cents',
  'external_id',
  'email',
  'phone',
  'locale',
  'timezone',
  'slug',
  'title',
  'description',
  'metadata',
  'settings',
  'tags',
  'version',
  'attempts',
  'archived_at',
  'deleted_at',
  'shipped_at',
  'paid_at',
  'expires_at',
  'last_seen_at',
  'checksum',
  'is_active',
  'is_default',
  'rank',
];
/** [type, a constant default of that type] */
const TYPES = [
  ['text', "''"],
  ['varchar(64)', "'unknown'"],
  ['varchar(255)', "''"],
  ['integer', '0'],
  ['bigint', '0'],
  ['smallint', '1'],
  ['numeric(12,2)', '0'],
  ['boolean', 'false'],
  ['timestamptz', "'epoch'"],
  ['timestamp', "'2020-01-01 00:00:00'"],
  ['date', 'CURRENT_DATE'],
  ['jsonb', "'{}'::jsonb"],
  ['uuid', "'00000000-0000-0000-0000-000000000000'"],
  ['text[]', "'{}'"],
  ['char(3)', "'EUR'"],
  ['double precision', '0'],
  ['bytea', "''::bytea"],
  ['interval', "'0 seconds'"],
];
const VOLATILE_DEFAULTS = [
  ['uuid', 'gen_random_uuid()'],
  ['timestamptz', 'clock_timestamp()'],
  ['double precision', 'random()'],
  ['bigint', "nextval('global_seq')"],
];
const ENUM_VALUES = [
  'pending',
  'active',
  'paused',
  'cancelled',
  'refunded',
  'shipped',
  'delivered',
  'returned',
  'draft',
  'archived',
  'failed',
  'expired',
];
const COMMENTS = [
  'Requested by the billing team.',
  'Needed for the new checkout flow.',
  'Backfill runs in a separate job.',
  'See the runbook before running this on production.',
  'Keeps reporting queries off the primary key.',
  'Part of the multi-currency rollout.',
  'TODO: drop once every client reads the new column.',
  'Safe: table is small (a few thousand rows).',
];

/**
 * The statement makers, each `(r) => sql`, with a weight (how often migrations contain it).
 * @returns {Array<[(created?: string) => any, number]>}
 */
function makers(pick, int, chance) {
  const table = () => pick(TABLES);
  const column = () => pick(NOUNS);
  const newColumn = () => `${pick(NOUNS)}_${int(2, 99)}`;
  const type = () => pick(TYPES);
  const name = (prefix, t, c) => `${prefix}_${t}_${c}`.slice(0, 60);
  const where = (c) =>
    pick([
      `${c} IS NULL`,
      `created_at < now() - interval '${int(1, 90)} days'`,
      `id BETWEEN ${int(1, 1000) * 1000} AND ${int(1001, 2000) * 1000}`,
      `${c} = 'legacy'`,
      `customer_id IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)`,
    ]);

  const createTable = () => {
    const t = `${table()}_${pick(['history', 'archive', 'log', 'snapshots', 'v2', 'links', 'stats'])}`;
    const columns = [
      pick([
        'id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
        'id bigserial PRIMARY KEY',
        'id serial PRIMARY KEY',
        'id uuid PRIMARY KEY DEFAULT gen_random_uuid()',
      ]),
    ];
    const n = int(2, 9);
    const used = new Set(['id']);
    for (let i = 0; i < n; i += 1) {
      const c = column();
      if (used.has(c)) continue;
      used.add(c);
      const [ty, def] = type();
      const parts = [`${c} ${ty}`];
      if (chance(0.4)) parts.push('NOT NULL');
      if (chance(0.3)) parts.push(`DEFAULT ${def}`);
      columns.push(parts.join(' '));
    }
    if (chance(0.5))
      columns.push(
        `${pick(['customer_id', 'order_id', 'product_id'])} bigint REFERENCES ${table()} (id)`,
      );
    columns.push(
      pick(['created_at timestamptz NOT NULL DEFAULT now()', 'created_at timestamp DEFAULT now()']),
    );
    if (chance(0.3))
      columns.push(`CONSTRAINT ${t}_created_check CHECK (created_at > '2000-01-01')`);
    const ifNotExists = chance(0.3) ? 'IF NOT EXISTS ' : '';
    const sql = `CREATE TABLE ${ifNotExists}${t} (\n  ${columns.join(',\n  ')}\n);`;
    return { sql, created: t };
  };

  const addColumn = () => {
    const t = table();
    const c = newColumn();
    const form = pick([
      'plain',
      'plain',
      'default',
      'not-null-default',
      'not-null',
      'volatile',
      'generated',
      'references',
    ]);
    const [ty, def] = type();
    switch (form) {
      case 'plain':
        return `ALTER TABLE ${t} ADD COLUMN ${chance(0.3) ? 'IF NOT EXISTS ' : ''}${c} ${ty};`;
      case 'default':
        return `ALTER TABLE ${t} ADD COLUMN ${c} ${ty} DEFAULT ${def};`;
      case 'not-null-default':
        return `ALTER TABLE ${t}\n  ADD COLUMN ${c} ${ty} NOT NULL DEFAULT ${def};`;
      case 'not-null':
        return `ALTER TABLE ${t} ADD COLUMN ${c} ${ty} NOT NULL;`;
      case 'volatile': {
        const [vt, vd] = pick(VOLATILE_DEFAULTS);
        return `ALTER TABLE ${t} ADD COLUMN ${c} ${vt} DEFAULT ${vd};`;
      }
      case 'generated':
        return `ALTER TABLE ${t} ADD COLUMN ${c} bigint GENERATED ALWAYS AS (id * 2) STORED;`;
      case 'references':
        return `ALTER TABLE ${t} ADD COLUMN ${c} bigint REFERENCES ${table()} (id);`;
      default:
        throw new Error(form);
    }
  };

  const createIndex = (created) => {
    const onNew = created && chance(0.5);
    const t = onNew ? created : table();
    const c = column();
    const concurrently = !onNew && chance(0.5) ? 'CONCURRENTLY ' : '';
    const unique = chance(0.2) ? 'UNIQUE ' : '';
    const ine = chance(0.4) ? 'IF NOT EXISTS ' : '';
    const cols = chance(0.3) ? `${c}, created_at` : c;
    const using = chance(0.1) ? 'USING gin ' : '';
    const partial = chance(0.2)
      ? ` WHERE ${pick([`${c} IS NOT NULL`, 'deleted_at IS NULL', "status = 'active'"])}`
      : '';
    const indexName = name('idx', t, c.replace(/\W/g, ''));
    const sql = `CREATE ${unique}INDEX ${concurrently}${ine}${indexName} ON ${t} ${using}(${using ? 'tags' : cols})${partial};`;
    return chance(0.3) ? sql.replace(' ON ', '\n  ON ') : sql;
  };

  const dropIndex = () =>
    `DROP INDEX ${chance(0.5) ? 'CONCURRENTLY ' : ''}${chance(0.6) ? 'IF EXISTS ' : ''}${name('idx', table(), column())};`;

  const foreignKey = () => {
    const t = table();
    const ref = table();
    const c = pick(['customer_id', 'order_id', 'product_id', 'account_id', 'user_id']);
    const k = name('fk', t, c);
    const notValid = chance(0.5);
    const action = pick(['', ' ON DELETE CASCADE', ' ON DELETE SET NULL', ' ON UPDATE CASCADE']);
    const sql = `ALTER TABLE ${t}\n  ADD CONSTRAINT ${k}\n  FOREIGN KEY (${c}) REFERENCES ${ref} (id)${action}${notValid ? ' NOT VALID' : ''};`;
    return notValid && chance(0.6) ? [sql, `ALTER TABLE ${t} VALIDATE CONSTRAINT ${k};`] : sql;
  };

  const check = () => {
    const t = table();
    const c = column();
    const k = name('chk', t, c);
    const expr = pick([`${c} IS NOT NULL`, `char_length(${c}::text) <= 200`, `${c} <> ''`]);
    const notValid = chance(0.5);
    const sql = `ALTER TABLE ${t} ADD CONSTRAINT ${k} CHECK (${expr})${notValid ? ' NOT VALID' : ''};`;
    return notValid && chance(0.6) ? [sql, `ALTER TABLE ${t} VALIDATE CONSTRAINT ${k};`] : sql;
  };

  const unique = () => {
    const t = table();
    const c = column();
    return chance(0.5)
      ? `ALTER TABLE ${t} ADD CONSTRAINT ${name('uq', t, c)} UNIQUE (${c});`
      : `ALTER TABLE ${t} ADD CONSTRAINT ${name('uq', t, c)} UNIQUE USING INDEX ${name('idx', t, c)};`;
  };

  const setNotNull = () => {
    const t = table();
    const c = column();
    if (chance(0.4)) {
      const k = name('chk', t, `${c}_not_null`);
      return [
        `ALTER TABLE ${t} ADD CONSTRAINT ${k} CHECK (${c} IS NOT NULL) NOT VALID;`,
        `ALTER TABLE ${t} VALIDATE CONSTRAINT ${k};`,
        `ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL;`,
        `ALTER TABLE ${t} DROP CONSTRAINT ${k};`,
      ];
    }
    return `ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL;`;
  };

  const alterColumn = () => {
    const t = table();
    const c = column();
    return pick([
      `ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL;`,
      `ALTER TABLE ${t} ALTER COLUMN ${c} SET DEFAULT ${pick(TYPES)[1]};`,
      `ALTER TABLE ${t} ALTER COLUMN ${c} DROP DEFAULT;`,
      `ALTER TABLE ${t} ALTER COLUMN ${c} TYPE text;`,
      `ALTER TABLE ${t} ALTER COLUMN ${c} TYPE bigint;`,
      `ALTER TABLE ${t} ALTER COLUMN ${c} TYPE varchar(512);`,
      `ALTER TABLE ${t}\n  ALTER COLUMN ${c} TYPE numeric(14,2) USING ${c}::numeric(14,2);`,
      `ALTER TABLE ${t} ALTER COLUMN ${c} SET STATISTICS 500;`,
    ]);
  };

  const rename = () => {
    const t = table();
    return pick([
      `ALTER TABLE ${t} RENAME COLUMN ${column()} TO ${newColumn()};`,
      `ALTER TABLE ${t} RENAME TO ${t}_old;`,
      `ALTER INDEX ${name('idx', t, column())} RENAME TO ${name('ix', t, column())};`,
      `ALTER TABLE ${t} RENAME CONSTRAINT ${name('fk', t, 'customer_id')} TO ${name('fk', t, 'owner_id')};`,
    ]);
  };

  const drop = () => {
    const t = table();
    return pick([
      `ALTER TABLE ${t} DROP COLUMN ${column()};`,
      `ALTER TABLE ${t} DROP COLUMN IF EXISTS ${column()};`,
      `DROP TABLE ${t}_archive;`,
      `DROP TABLE IF EXISTS ${t}_legacy CASCADE;`,
      `ALTER TABLE ${t} DROP CONSTRAINT ${name('chk', t, column())};`,
      `DROP VIEW IF EXISTS ${t}_summary;`,
      `DROP FUNCTION IF EXISTS ${t}_touch();`,
      `DROP TYPE IF EXISTS ${t}_state;`,
    ]);
  };

  const data = () => {
    const t = table();
    const c = column();
    return pick([
      `UPDATE ${t} SET ${c} = NULL WHERE ${where(c)};`,
      `UPDATE ${t} SET ${c} = DEFAULT;`,
      `UPDATE ${t}\n   SET ${c} = lower(${c}::text)::${pick(['text', 'varchar'])},\n       updated_at = now()\n WHERE ${where(c)};`,
      `DELETE FROM ${t} WHERE ${where(c)};`,
      `DELETE FROM ${t};`,
      `INSERT INTO ${t} (${c}, created_at) VALUES ('seed-${int(1, 999)}', now()) ON CONFLICT DO NOTHING;`,
      `INSERT INTO ${t}_archive SELECT * FROM ${t} WHERE ${where(c)};`,
      `TRUNCATE ${t}_staging;`,
      `TRUNCATE TABLE ${t}_cache${chance(0.5) ? ' CASCADE' : ''};`,
    ]);
  };

  const maintenance = () => {
    const t = table();
    return pick([
      `VACUUM FULL ${t};`,
      `VACUUM (ANALYZE) ${t};`,
      `ANALYZE ${t};`,
      `LOCK TABLE ${t} IN ACCESS EXCLUSIVE MODE;`,
      `LOCK TABLE ${t} IN SHARE ROW EXCLUSIVE MODE;`,
      `REINDEX INDEX ${name('idx', t, column())};`,
      `REINDEX INDEX CONCURRENTLY ${name('idx', t, column())};`,
      `CLUSTER ${t} USING ${name('idx', t, column())};`,
      `SET lock_timeout = '${int(1, 10)}s';`,
      `SET statement_timeout = '${int(1, 30)}min';`,
    ]);
  };

  const types = () => {
    const t = table();
    const values = [...new Set(Array.from({ length: int(3, 6) }, () => pick(ENUM_VALUES)))];
    return pick([
      `CREATE TYPE ${t}_state AS ENUM (${values.map((v) => `'${v}'`).join(', ')});`,
      `ALTER TYPE ${t}_state ADD VALUE IF NOT EXISTS '${pick(ENUM_VALUES)}';`,
      `ALTER TYPE ${t}_state ADD VALUE '${pick(ENUM_VALUES)}_v2' BEFORE '${pick(ENUM_VALUES)}';`,
      `ALTER TYPE ${t}_state RENAME VALUE '${pick(ENUM_VALUES)}' TO '${pick(ENUM_VALUES)}_old';`,
      `CREATE TYPE ${t}_money AS (\n  amount_cents bigint,\n  currency char(3)\n);`,
      `CREATE DOMAIN ${t}_email AS text CHECK (VALUE ~* '^[^@]+@[^@]+$');`,
      `CREATE SEQUENCE IF NOT EXISTS ${t}_number_seq START ${int(1, 9) * 1000};`,
    ]);
  };

  const routine = () => {
    const t = table();
    return pick([
      `CREATE OR REPLACE FUNCTION ${t}_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- keep updated_at honest; the application forgets
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;`,
      `CREATE TRIGGER ${t}_touch_trg\n  BEFORE UPDATE ON ${t}\n  FOR EACH ROW EXECUTE FUNCTION ${t}_touch();`,
      `CREATE OR REPLACE FUNCTION ${t}_total(p_id bigint) RETURNS numeric
LANGUAGE sql STABLE AS $fn$
  SELECT coalesce(sum(amount_cents), 0) / 100.0
    FROM ${t}
   WHERE id = p_id; -- semicolons inside the body are not statement ends
$fn$;`,
      `DO $$
DECLARE
  batch integer := ${int(1, 10) * 1000};
BEGIN
  LOOP
    UPDATE ${t} SET version = version + 1
     WHERE id IN (SELECT id FROM ${t} WHERE version IS NULL LIMIT batch);
    EXIT WHEN NOT FOUND;
  END LOOP;
END
$$;`,
      `CREATE OR REPLACE VIEW ${t}_summary AS\n  SELECT date_trunc('day', created_at) AS day, count(*) AS n\n    FROM ${t}\n   GROUP BY 1;`,
      `CREATE MATERIALIZED VIEW IF NOT EXISTS ${t}_daily AS\n  SELECT created_at::date AS day, count(*) AS n FROM ${t} GROUP BY 1\n  WITH NO DATA;`,
      `REFRESH MATERIALIZED VIEW CONCURRENTLY ${t}_daily;`,
      `CREATE EXTENSION IF NOT EXISTS ${pick(['pgcrypto', 'citext', 'pg_trgm', 'btree_gin'])};`,
      `GRANT SELECT ON ${t} TO reporting;`,
    ]);
  };

  const comment = () => {
    const t = table();
    return pick([
      `COMMENT ON TABLE ${t} IS '${pick(COMMENTS).replaceAll("'", "''")}';`,
      `COMMENT ON COLUMN ${t}.${column()} IS 'Stored in minor units; see ADR ${int(1, 40)}.';`,
    ]);
  };

  const primaryKey = () => {
    const t = table();
    return pick([
      `ALTER TABLE ${t} ADD PRIMARY KEY (id);`,
      `ALTER TABLE ${t} ADD CONSTRAINT ${t}_pkey PRIMARY KEY USING INDEX ${name('idx', t, 'id')};`,
      `ALTER TABLE ${t} SET (fillfactor = ${int(70, 95)});`,
      `ALTER TABLE ${t} SET LOGGED;`,
      `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`,
      `ALTER TABLE ${t} OWNER TO app_owner;`,
    ]);
  };

  return [
    [createTable, 10],
    [addColumn, 14],
    [createIndex, 12],
    [dropIndex, 3],
    [foreignKey, 6],
    [check, 5],
    [unique, 2],
    [setNotNull, 4],
    [alterColumn, 6],
    [rename, 4],
    [drop, 5],
    [data, 9],
    [maintenance, 4],
    [types, 5],
    [routine, 6],
    [comment, 4],
    [primaryKey, 3],
  ];
}

const LEADERS = [
  (file) =>
    `-- ${file
      .replace(/^\d+_/, '')
      .replace(/\.sql$/, '')
      .replaceAll('_', ' ')}`,
  () =>
    '/*\n * Reviewed in the weekly schema sync.\n * Roll back by restoring the previous release.\n */',
  () => '',
];

/**
 * Generates the corpus in memory.
 * @param {{ files?: number, statementsPerFile?: number, seed?: number }} [options] defaults: 250
 *   files of 20 statements, seed 17
 * @returns {{ name: string, content: string, statements: number }[]} files named like
 *   node-pg-migrate migrations (`<timestamp>_<slug>.sql`), in order
 */
export function generateCorpus({ files = 250, statementsPerFile = 20, seed = 17 } = {}) {
  const random = prng(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  const weighted = makers(pick, int, chance);
  const totalWeight = weighted.reduce((sum, [, w]) => sum + w, 0);
  const nextMaker = () => {
    let x = random() * totalWeight;
    for (const [make, w] of weighted) if ((x -= w) < 0) return make;
    return weighted[0][0];
  };

  const out = [];
  for (let f = 0; f < files; f += 1) {
    const slug = `${pick(['add', 'change', 'drop', 'backfill', 'index', 'rework'])}_${pick(TABLES)}_${pick(NOUNS)}`;
    const name = `${1_700_000_000_000 + f * 3_600_000}_${slug}.sql`;
    const parts = [pick(LEADERS)(name)].filter(Boolean);
    let count = 0;
    let created;
    while (count < statementsPerFile) {
      const make = nextMaker();
      // A maker returns one statement, a recipe (several), or a new table.
      const made = make(created);
      const statements =
        typeof made === 'string' ? [made] : Array.isArray(made) ? made : [made.sql];
      // Stop a recipe from overshooting the file's quota.
      if (count + statements.length > statementsPerFile) continue;
      if (made.created) created = made.created;
      count += statements.length;
      if (random() < 0.15) parts.push(`-- ${pick(COMMENTS)}`);
      parts.push(statements.join('\n'));
      if (random() < 0.3) parts.push('');
    }
    out.push({ name, content: `${parts.join('\n')}\n`, statements: count });
  }
  return out;
}

/** Writes the corpus into `dir` (created if missing); returns the number of statements. */
export async function writeCorpus(dir, options) {
  await mkdir(dir, { recursive: true });
  let statements = 0;
  for (const file of generateCorpus(options)) {
    await writeFile(join(dir, file.name), file.content);
    statements += file.statements;
  }
  return statements;
}
