-- Up Migration
-- Built without blocking writes to orders: db-deploy runs this statement outside a transaction.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_created_at_idx ON orders (status, created_at);

-- Down Migration
DROP INDEX CONCURRENTLY IF EXISTS orders_status_created_at_idx;
