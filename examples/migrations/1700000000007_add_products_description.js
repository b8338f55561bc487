// A node-pg-migrate JavaScript migration: nullable column, no default, catalog-only change.
exports.up = (pgm) => {
  pgm.addColumn('products', { description: { type: 'text' } });
};

exports.down = (pgm) => {
  pgm.dropColumn('products', 'description');
};
