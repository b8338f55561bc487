// Added once orders is large and busy: CREATE INDEX CONCURRENTLY builds it without blocking
// writes, and cannot run inside a transaction — the metadata block says so, and db-deploy (like
// knex) runs it outside one. IF NOT EXISTS makes a retried run harmless.
exports.up = function (knex) {
  return knex.raw(
    'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_placed_at_index ON orders (status, placed_at)',
  );
};

exports.down = function (knex) {
  return knex.raw('DROP INDEX CONCURRENTLY IF EXISTS orders_status_placed_at_index');
};

exports.config = {
  transaction: false,
  destructive: false,
  estimatedDuration: '10m',
  dependencies: ['20250101090200_create_orders.js'],
};
