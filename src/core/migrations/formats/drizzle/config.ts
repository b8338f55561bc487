import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** drizzle-kit's config file names, in the order drizzle-kit looks for them. */
export const DRIZZLE_CONFIGS = [
  'drizzle.config.ts',
  'drizzle.config.mts',
  'drizzle.config.cts',
  'drizzle.config.js',
  'drizzle.config.mjs',
  'drizzle.config.cjs',
  'drizzle.config.json',
];

/** What drizzle-kit's config says about the migrations and their ledger. */
export interface DrizzleSettings {
  /** The config file found, relative to the checkout. */
  file?: string;
  out?: string;
  table?: string;
  schema?: string;
}

/** A string property's literal value, wherever it stands in the file (`out: './drizzle'`). */
function stringProperty(text: string, name: string): string | undefined {
  const match = new RegExp(`["']?\\b${name}["']?\\s*:\\s*(["'\`])([^"'\`]*)\\1`).exec(text);
  return match?.[2];
}

/**
 * Reads drizzle-kit's config without running it: `out` and `migrations.table` /
 * `migrations.schema` as string literals. A config that computes them (from the environment, a
 * function) gives nothing here: the defaults and the inputs apply, and the summary shows what
 * was used.
 */
export async function readDrizzleSettings(baseDir: string): Promise<DrizzleSettings> {
  for (const file of DRIZZLE_CONFIGS) {
    const text = await readFile(join(baseDir, file), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const migrations = /\bmigrations["']?\s*:\s*\{([^}]*)\}/.exec(text)?.[1] ?? '';
    return {
      file,
      out: stringProperty(text, 'out'),
      table: stringProperty(migrations, 'table'),
      schema: stringProperty(migrations, 'schema'),
    };
  }
  return {};
}
