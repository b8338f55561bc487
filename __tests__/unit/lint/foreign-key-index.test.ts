import { lint, ruleIds } from '../../helpers/lint.js';

const RULE = 'foreign-key-without-index';

describe(RULE, () => {
  it.each([
    [
      'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;',
      [RULE],
    ],
    ['ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users;', [RULE]],
    ['CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);', [RULE]],
    [
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint, FOREIGN KEY (user_id) REFERENCES users);',
      [RULE],
    ],
    // An index of the same migration on the referencing columns, in any order of the key.
    [
      'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);\nCREATE INDEX orders_user_id_idx ON orders (user_id);',
      [],
    ],
    [
      'ALTER TABLE items ADD CONSTRAINT items_fk FOREIGN KEY (order_id, shop_id) REFERENCES orders (id, shop_id) NOT VALID;\nCREATE INDEX CONCURRENTLY items_shop_order_idx ON items (shop_id, order_id, sku);',
      [],
    ],
    // A key column that is the table's primary key, or the leading columns of a unique constraint.
    ['CREATE TABLE profiles (user_id bigint PRIMARY KEY REFERENCES users);', []],
    [
      'CREATE TABLE likes (user_id bigint REFERENCES users, post_id bigint, UNIQUE (user_id, post_id));',
      [],
    ],
    // Not covering: another table's index, a partial index, an index led by another column.
    [
      'ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users;\nCREATE INDEX ON payments (user_id);',
      [RULE],
    ],
    [
      'ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users;\nCREATE INDEX ON orders (user_id) WHERE user_id IS NOT NULL;',
      [RULE],
    ],
    [
      'ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users;\nCREATE INDEX ON orders (status, user_id);',
      [RULE],
    ],
  ])('%s → %j', async (sql, expected) => {
    expect((await ruleIds(sql, { transactional: true })).filter((r) => r === RULE)).toEqual(
      expected,
    );
  });

  it('names the table, the columns and the referenced table, as a warning at the constraint', async () => {
    const [finding] = (
      await lint(
        'CREATE TABLE orders (\n  id bigint PRIMARY KEY,\n  user_id bigint REFERENCES users (id)\n);',
      )
    ).filter((f) => f.rule === RULE);
    expect(finding).toMatchObject({
      severity: 'warning',
      line: 3,
      message: expect.stringContaining(
        'foreign key orders (user_id) → users has no index on orders (user_id)',
      ),
      hint: expect.stringContaining('CREATE INDEX CONCURRENTLY ON orders (user_id)'),
    });
  });
});
