// JS migrations load in db-deploy exactly when they load in node-pg-migrate 9 itself: the same
// directory, run by node-pg-migrate's own runner (its default loader) and by db-deploy's migrate.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runner } from 'node-pg-migrate';
import { migrate, MIGRATE_DEFAULTS } from '../../src/core/migrations/index.js';
import { silentLogger } from '../../src/core/logger.js';
import { freshDatabase, query } from '../helpers/database.js';

/** A `"type": "module"` package whose migrations mix CommonJS and ES module syntax. */
async function modulePackage(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'db-deploy-module-loading-'));
  await mkdir(join(root, 'migrations'));
  await writeFile(join(root, 'package.json'), '{ "name": "app", "type": "module" }\n');
  const files: Record<string, string> = {
    // CommonJS in a .js file of a "type": "module" package: Node's import() refuses it.
    '1_commonjs.js':
      "exports.up = (pgm) => { pgm.createTable('a', { id: 'id' }); };\nexports.down = (pgm) => { pgm.dropTable('a'); };\n",
    '2_esm.js':
      "const table = await Promise.resolve('b');\nexport const up = (pgm) => { pgm.createTable(table, { id: 'id' }); };\n",
    '3_default.mjs': "export default { up: (pgm) => { pgm.createTable('c', { id: 'id' }); } };\n",
    '4_commonjs.cjs':
      "module.exports = { up: (pgm) => { pgm.createTable('d', { id: 'id' }); } };\n",
  };
  for (const [name, content] of Object.entries(files))
    await writeFile(join(root, 'migrations', name), content);
  return root;
}

const tables = async (url: string) =>
  (
    await query<{ name: string }>(
      url,
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('a', 'b', 'c', 'd') ORDER BY 1",
    )
  ).map((r) => r.name);

test('every JS migration node-pg-migrate 9 loads (CommonJS .js in a "type": "module" package included) loads in db-deploy too', async () => {
  const root = await modulePackage();
  const dir = join(root, 'migrations');

  const theirs = await freshDatabase('modules');
  const ran = await runner({
    databaseUrl: theirs,
    dir,
    direction: 'up',
    migrationsTable: 'pgmigrations',
    log: () => undefined,
  });
  expect(ran.map((m) => m.name)).toEqual(['1_commonjs', '2_esm', '3_default', '4_commonjs']);

  const ours = await freshDatabase('modules');
  const result = await migrate(
    { ...MIGRATE_DEFAULTS, databaseUrl: ours, migrationsDir: dir, baseDir: root },
    silentLogger,
  );
  expect(result.applied.map((m) => m.name)).toEqual(ran.map((m) => m.name));
  expect(await tables(ours)).toEqual(await tables(theirs));
  expect(await tables(ours)).toEqual(['a', 'b', 'c', 'd']);
});
