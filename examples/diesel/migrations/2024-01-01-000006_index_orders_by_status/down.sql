DROP INDEX CONCURRENTLY IF EXISTS orders_status_created_at_idx;
