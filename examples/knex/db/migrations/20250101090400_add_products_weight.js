// A nullable column without a default: a catalog-only change, safe on a busy table.
exports.up = function (knex) {
  return knex.schema.alterTable('products', function (table) {
    table.integer('weight_grams');
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable('products', function (table) {
    table.dropColumn('weight_grams');
  });
};

// Its down drops a column: destructive when rolled back, but the up is not.
exports.config = { transaction: true, destructive: false, estimatedDuration: '30s', dependencies: [] };
