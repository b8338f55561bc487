-- +goose NO TRANSACTION
-- +goose Up
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_created_at_idx ON orders (status, created_at);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS orders_status_created_at_idx;
