// Orders and their lines. A status enum as a check constraint, totals in numeric, and foreign
// keys (order_items → orders cascades: lines have no life of their own).
exports.up = async function (knex) {
  await knex.schema.createTable('orders', function (table) {
    table.increments('id').primary();
    table.integer('customer_id').notNullable().references('id').inTable('customers');
    table
      .enu('status', ['pending', 'paid', 'shipped', 'cancelled'], {
        useNative: false,
        enumName: 'order_status',
      })
      .notNullable()
      .defaultTo('pending');
    table.decimal('total', 12, 2).notNullable().defaultTo(0);
    table.timestamp('placed_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.index(['customer_id']);
  });
  await knex.schema.createTable('order_items', function (table) {
    table.increments('id').primary();
    table.integer('order_id').notNullable().references('id').inTable('orders').onDelete('CASCADE');
    table.uuid('product_id').notNullable().references('id').inTable('products');
    table.integer('quantity').notNullable();
    table.decimal('unit_price', 10, 2).notNullable();
    table.unique(['order_id', 'product_id']);
    table.index(['product_id']);
  });
};

exports.down = async function (knex) {
  await knex.schema.dropTableIfExists('order_items');
  await knex.schema.dropTableIfExists('orders');
};

exports.config = {
  transaction: true,
  destructive: false,
  estimatedDuration: '30s',
  dependencies: ['20250101090000_create_customers.js', '20250101090100_create_products.js'],
};
