// Customers: a natural key (email) kept unique, and timestamps knex manages.
exports.up = async function (knex) {
  return knex.schema.createTable('customers', function (table) {
    table.increments('id').primary();
    table.string('email', 255).notNullable().unique();
    table.string('full_name', 255).notNullable();
    table.string('phone', 32);
    table.timestamps(true, true);
  });
};

exports.down = async function (knex) {
  return knex.schema.dropTableIfExists('customers');
};

exports.config = { transaction: true, destructive: false, estimatedDuration: '30s', dependencies: [] };
