// The e-commerce tutorial's knexfile. db-deploy evaluates it as knex's CLI does and takes only
// its migrations settings (directory, tableName, schemaName, loadExtensions, sortDirsSeparately,
// disableTransactions) from the environment knex-environment (else NODE_ENV, else development)
// names. The connection below is for `npx knex` on a laptop: db-deploy uses database-url.
const migrations = { directory: './db/migrations', tableName: 'knex_migrations' };

module.exports = {
  development: {
    client: 'pg',
    connection: process.env.DATABASE_URL || 'postgres://localhost:5432/shop_dev',
    migrations,
  },
  production: {
    client: 'pg',
    connection: process.env.DATABASE_URL,
    pool: { min: 0, max: 5 },
    migrations,
  },
};
