-- migrate:up transaction:false
-- Built without blocking writes to orders: CREATE INDEX CONCURRENTLY cannot run in a transaction.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_created_at_idx ON orders (status, created_at);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS orders_status_created_at_idx;
