import { DbDeployError } from '../errors.js';
import type { Migration } from './engine/types.js';

let moduleLoader: import('jiti').Jiti | undefined;

/**
 * Imports a JavaScript or TypeScript module of the project (a migration, a knexfile) the way the
 * migration tools load them: through jiti, which takes `.js` (CommonJS or ESM, whatever the
 * package's `type`), `.cjs`, `.mjs`, `.ts`, `.cts` and `.mts` — e.g. CommonJS (`exports.up = …`)
 * in a `.js` file of a `"type": "module"` package, which Node's own `import()` refuses. jiti's
 * interop (its default) merges a default export into the module. Without its file-system cache
 * (a stale cache could hide a broken bundle) and module cache (validate loads the same file
 * again after a down). jiti itself is loaded on first use: a run with no code to load never
 * loads it.
 */
export async function importModule(path: string): Promise<Record<string, unknown>> {
  const { createJiti } = await import('jiti');
  moduleLoader ??= createJiti(process.cwd(), {
    fsCache: false,
    moduleCache: false,
    interopDefault: true,
  });
  return (await moduleLoader.import(path)) as Record<string, unknown>;
}

/** Imports a migration module; a module that fails to load is one line naming the migration. */
export async function importMigration(
  migration: Migration,
  hint = 'fix the syntax or the imports of the migration file',
): Promise<Record<string, unknown>> {
  try {
    return await importModule(migration.path);
  } catch (error) {
    throw new DbDeployError(
      'migration-load-failed',
      `cannot load migration ${migration.name}: ${(error as Error).message}`,
      { where: migration.file, hint, cause: error },
    );
  }
}
