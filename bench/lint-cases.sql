-- Verdict cases for `npm run bench:lint`: each risky pattern and its safe recipe, one migration
-- per case, linted by db-deploy and by squawk (PostgreSQL 17). A case starts with a
-- `-- case: <id> | expect: flag|pass` line; `-- why:` says what PostgreSQL does (the ground truth
-- the expectation rests on, PostgreSQL 17 docs); `-- squawk:` says how squawk's rules treat it
-- (squawkhq.com/docs/<rule>); the SQL follows. "flag" = a linter should report an error or a
-- warning, "pass" = safe to run online. Cases are independent files: a table created in one is
-- unknown to the others.

-- case: create-index | expect: flag
-- why: CREATE INDEX holds a SHARE lock for the whole build, so every write to the table waits
-- squawk: require-concurrent-index-creation reports it
CREATE INDEX idx_orders_status ON orders (status);

-- case: create-index-concurrently | expect: pass
-- why: CONCURRENTLY builds under SHARE UPDATE EXCLUSIVE; reads and writes continue
-- squawk: accepted outside a transaction (ban-concurrent-index-creation-in-transaction fires only inside one)
CREATE INDEX CONCURRENTLY idx_orders_status ON orders (status);

-- case: create-index-on-new-table | expect: pass
-- why: the table was created by the same migration, so it is empty and no other session can see it
-- squawk: require-concurrent-index-creation skips a table created in the same file only when it assumes a transaction (--assume-in-transaction or BEGIN)
CREATE TABLE order_notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL,
  body text NOT NULL
);
CREATE INDEX idx_order_notes_order_id ON order_notes (order_id);

-- case: create-index-concurrently-in-begin | expect: flag
-- why: CREATE INDEX CONCURRENTLY cannot run inside a transaction block: the migration fails
-- squawk: ban-concurrent-index-creation-in-transaction reports it when the file has BEGIN
BEGIN;
CREATE INDEX CONCURRENTLY idx_orders_created_at ON orders (created_at);
COMMIT;

-- case: drop-index | expect: flag
-- why: DROP INDEX takes ACCESS EXCLUSIVE on the table: reads and writes wait behind it
-- squawk: require-concurrent-index-deletion reports it
DROP INDEX idx_orders_status;

-- case: drop-index-concurrently | expect: pass
-- why: DROP INDEX CONCURRENTLY waits for conflicting transactions instead of blocking them
-- squawk: accepted
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_status;

-- case: reindex | expect: flag
-- why: REINDEX locks out writes (and reads that use the index) while it rebuilds
-- squawk: require-concurrent-reindex reports it
REINDEX INDEX idx_orders_status;

-- case: reindex-concurrently | expect: pass
-- why: REINDEX CONCURRENTLY (PostgreSQL 12+) rebuilds without blocking writes
-- squawk: accepted
REINDEX INDEX CONCURRENTLY idx_orders_status;

-- case: add-column-nullable | expect: pass
-- why: a nullable column without a default is a catalog change only
-- squawk: accepted
ALTER TABLE orders ADD COLUMN gift_note text;

-- case: add-column-constant-default | expect: pass
-- why: since PostgreSQL 11 a non-volatile default is stored in the catalog, with no rewrite
-- squawk: adding-field-with-default accepts a constant default on PostgreSQL 11+
ALTER TABLE orders ADD COLUMN channel text DEFAULT 'web';

-- case: add-column-not-null-constant-default | expect: pass
-- why: NOT NULL with a constant default is filled from the catalog, with no rewrite and no scan
-- squawk: adding-required-field accepts NOT NULL with a non-volatile default
ALTER TABLE orders ADD COLUMN priority bigint NOT NULL DEFAULT 0;

-- case: add-column-stable-default | expect: pass
-- why: now() is STABLE, not VOLATILE: evaluated once, stored in the catalog, no rewrite
-- squawk: adding-field-with-default allows a list of known non-volatile functions
ALTER TABLE orders ADD COLUMN imported_at timestamptz DEFAULT now();

-- case: add-column-volatile-default | expect: flag
-- why: a VOLATILE default (gen_random_uuid) is evaluated per row: the table is rewritten under ACCESS EXCLUSIVE
-- squawk: adding-field-with-default reports volatile defaults
ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid();

-- case: add-column-clock-default | expect: flag
-- why: clock_timestamp() is VOLATILE: every row gets its own value, so the table is rewritten
-- squawk: adding-field-with-default reports it
ALTER TABLE orders ADD COLUMN stamped_at timestamptz DEFAULT clock_timestamp();

-- case: add-column-not-null-no-default | expect: flag
-- why: existing rows would hold NULL: the statement fails on any non-empty table
-- squawk: adding-required-field reports it
ALTER TABLE orders ADD COLUMN region text NOT NULL;

-- case: add-column-serial | expect: flag
-- why: serial is a nextval() default, which is volatile: the table is rewritten to number every row
-- squawk: only prefer-identity (type advice) fires; no rule sees the rewrite (adding-serial-primary-key-field needs PRIMARY KEY)
ALTER TABLE orders ADD COLUMN line_no bigserial;

-- case: add-column-stored-generated | expect: flag
-- why: a STORED generated column is computed for every existing row: a rewrite under ACCESS EXCLUSIVE
-- squawk: adding-field-with-default reports a STORED generated column
ALTER TABLE orders ADD COLUMN total_with_tax bigint GENERATED ALWAYS AS (total_cents * 2) STORED;

-- case: add-column-references | expect: pass
-- why: a new column is all NULL, so the foreign key checks nothing; the locks are brief
-- squawk: adding-foreign-key-constraint reports REFERENCES on a new column as well as ADD CONSTRAINT
ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);

-- case: set-not-null | expect: flag
-- why: SET NOT NULL scans the whole table under ACCESS EXCLUSIVE unless a validated CHECK proves it
-- squawk: adding-not-nullable-field reports SET NOT NULL
ALTER TABLE orders ALTER COLUMN gift_note SET NOT NULL;

-- case: set-not-null-after-validated-check | expect: pass
-- why: since PostgreSQL 12 a validated CHECK (col IS NOT NULL) lets SET NOT NULL skip the scan; VALIDATE runs under SHARE UPDATE EXCLUSIVE
-- squawk: adding-not-nullable-field accepts SET NOT NULL after a VALIDATE of a CHECK (col IS NOT NULL) in the same file on PostgreSQL 12+
ALTER TABLE orders VALIDATE CONSTRAINT orders_gift_note_not_null;
ALTER TABLE orders ALTER COLUMN gift_note SET NOT NULL;

-- case: drop-not-null | expect: pass
-- why: dropping NOT NULL is a catalog change; old code keeps writing values
-- squawk: ban-drop-not-null reports it (readers may not expect NULL)
ALTER TABLE orders ALTER COLUMN gift_note DROP NOT NULL;

-- case: add-foreign-key | expect: flag
-- why: validating the new key scans the table while SHARE ROW EXCLUSIVE blocks writes to both tables
-- squawk: adding-foreign-key-constraint reports it
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);

-- case: add-foreign-key-not-valid | expect: pass
-- why: NOT VALID skips the scan; existing rows are checked later by VALIDATE CONSTRAINT
-- squawk: accepted
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;

-- case: validate-constraint | expect: pass
-- why: VALIDATE CONSTRAINT takes SHARE UPDATE EXCLUSIVE (ROW SHARE on the referenced table): writes continue
-- squawk: accepted outside a transaction that also added the constraint
ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;

-- case: add-check | expect: flag
-- why: a new CHECK scans the table under ACCESS EXCLUSIVE to verify existing rows
-- squawk: constraint-missing-not-valid reports it
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total_cents >= 0);

-- case: add-check-not-valid | expect: pass
-- why: NOT VALID makes the ACCESS EXCLUSIVE lock brief: no scan
-- squawk: accepted
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total_cents >= 0) NOT VALID;

-- case: add-unique-constraint | expect: flag
-- why: the unique index is built under ACCESS EXCLUSIVE: reads and writes wait for the build
-- squawk: disallowed-unique-constraint (and constraint-missing-not-valid) report it
ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE (email);

-- case: add-unique-using-index | expect: pass
-- why: attaching an index built CONCURRENTLY is a catalog change
-- squawk: disallowed-unique-constraint accepts USING INDEX
ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_idx;

-- case: add-primary-key | expect: flag
-- why: builds the index under ACCESS EXCLUSIVE and may scan for NOT NULL
-- squawk: adding-serial-primary-key-field (and constraint-missing-not-valid) report ADD PRIMARY KEY without USING INDEX
ALTER TABLE order_events ADD PRIMARY KEY (id);

-- case: add-primary-key-using-index | expect: pass
-- why: attaching an index built CONCURRENTLY (the columns already NOT NULL) is a catalog change
-- squawk: accepted
ALTER TABLE order_events ADD CONSTRAINT order_events_pkey PRIMARY KEY USING INDEX order_events_id_idx;

-- case: change-column-type | expect: flag
-- why: integer to bigint rewrites the table and its indexes under ACCESS EXCLUSIVE
-- squawk: changing-column-type reports it
ALTER TABLE orders ALTER COLUMN total_cents TYPE bigint;

-- case: rename-column | expect: flag
-- why: the running application still uses the old name: its queries fail as soon as this commits
-- squawk: renaming-column reports it
ALTER TABLE orders RENAME COLUMN gift_note TO gift_message;

-- case: rename-table | expect: flag
-- why: the running application still uses the old name
-- squawk: renaming-table reports it
ALTER TABLE orders RENAME TO purchases;

-- case: rename-enum-value | expect: flag
-- why: the running application still writes the old label, which no longer exists
-- squawk: no rule for renaming an enum value
ALTER TYPE order_status RENAME VALUE 'cancelled' TO 'canceled';

-- case: add-enum-value | expect: pass
-- why: ADD VALUE is a catalog change (allowed in a transaction since PostgreSQL 12)
-- squawk: require-enum-value-ordering reports ADD VALUE without BEFORE/AFTER (about sort order, not safety)
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'on_hold';

-- case: drop-column | expect: flag
-- why: destroys data, and the running application may still read or write the column
-- squawk: ban-drop-column reports it
ALTER TABLE orders DROP COLUMN gift_note;

-- case: drop-table | expect: flag
-- why: destroys data, and takes ACCESS EXCLUSIVE
-- squawk: ban-drop-table reports it
DROP TABLE order_notes;

-- case: truncate | expect: flag
-- why: destroys every row under ACCESS EXCLUSIVE
-- squawk: no rule for a plain TRUNCATE (ban-truncate-cascade fires only on CASCADE)
TRUNCATE order_notes;

-- case: truncate-cascade | expect: flag
-- why: also empties every table with a foreign key to it
-- squawk: ban-truncate-cascade reports it
TRUNCATE order_notes CASCADE;

-- case: delete-without-where | expect: flag
-- why: deletes every row (data loss) and holds row locks on all of them until commit
-- squawk: no rule for DML
DELETE FROM sessions;

-- case: delete-with-where | expect: pass
-- why: a targeted data fix
-- squawk: no rule for DML
DELETE FROM sessions WHERE expires_at < '2024-01-01';

-- case: update-without-where | expect: flag
-- why: rewrites every row in one transaction: row locks on all of them, table bloat, long WAL burst
-- squawk: no rule for DML
UPDATE orders SET channel = 'web';

-- case: update-with-where | expect: pass
-- why: a bounded backfill batch
-- squawk: no rule for DML
UPDATE orders SET channel = 'web' WHERE channel IS NULL AND id BETWEEN 1 AND 10000;

-- case: vacuum-full | expect: flag
-- why: VACUUM FULL rewrites the table under ACCESS EXCLUSIVE
-- squawk: no rule for it (only the timeout-settings rules fire)
VACUUM FULL orders;

-- case: cluster | expect: flag
-- why: CLUSTER rewrites the table under ACCESS EXCLUSIVE
-- squawk: no rule for it (only the timeout-settings rules fire)
CLUSTER orders USING idx_orders_status;

-- case: lock-table | expect: flag
-- why: an explicit ACCESS EXCLUSIVE lock blocks every read and write until the migration commits
-- squawk: no rule for LOCK TABLE
LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;

-- case: set-logged | expect: flag
-- why: SET LOGGED rewrites the table into the WAL under ACCESS EXCLUSIVE
-- squawk: no rule for SET LOGGED
ALTER TABLE order_imports SET LOGGED;

-- case: detach-partition | expect: flag
-- why: a plain DETACH PARTITION takes ACCESS EXCLUSIVE on the parent table
-- squawk: require-concurrent-partition-detach reports it
ALTER TABLE measurements DETACH PARTITION measurements_2023;

-- case: detach-partition-concurrently | expect: pass
-- why: DETACH PARTITION CONCURRENTLY (PostgreSQL 14+) takes SHARE UPDATE EXCLUSIVE on the parent
-- squawk: accepted
ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;

-- case: create-table | expect: pass
-- why: a new table blocks nobody
-- squawk: accepted (the types follow its advice)
CREATE TABLE order_tags (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  tag text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- case: create-table-legacy-types | expect: pass
-- why: a new table blocks nobody; varchar, timestamp and integer are style, not an online-safety risk
-- squawk: prefer-text-field, prefer-timestamp-tz, prefer-bigint-over-int and prefer-identity report the column types
CREATE TABLE order_imports (
  id serial PRIMARY KEY,
  source varchar(100) NOT NULL,
  imported_at timestamp NOT NULL
);

-- case: create-domain-with-check | expect: pass
-- why: a new domain blocks nobody (adding a constraint to a domain in use would scan every column of that type)
-- squawk: ban-create-domain-with-constraint reports it: changing that constraint later scans every table using the domain (a policy rule)
CREATE DOMAIN email_address AS text CHECK (VALUE LIKE '%@%');

-- case: create-function | expect: pass
-- why: creating a function and a trigger takes only brief locks
-- squawk: accepted
CREATE OR REPLACE FUNCTION orders_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now(); -- semicolons in the body
  RETURN NEW;
END;
$$;

-- case: comment-on | expect: pass
-- why: a catalog change
-- squawk: accepted
COMMENT ON COLUMN orders.total_cents IS 'Minor units';
