import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What Flyway's own configuration says about where the migrations and the ledger are, and the
 * placeholder values: `flyway.conf` (or `conf/flyway.conf`), `flyway.toml`, and `FLYWAY_*`
 * environment variables, which override the files as in Flyway.
 */
export interface FlywaySettings {
  /** `filesystem:` locations, relative to the checkout (classpath ones mapped to src/main/resources). */
  locations: string[];
  table?: string;
  /** `defaultSchema`, else the first of `schemas`. */
  schema?: string;
  placeholders: Map<string, string>;
  placeholderReplacement: boolean;
  placeholderPrefix: string;
  placeholderSuffix: string;
  /** Where the settings came from, for the log. */
  sources: string[];
}

/** A `key=value` properties file (flyway.conf), `#` comments. */
function parseProperties(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('!')) continue;
    const at = line.search(/[=:]/);
    if (at < 0) continue;
    found.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return found;
}

/**
 * The few TOML forms flyway.toml uses for these settings: `[section]` tables and `key = value`
 * with a string, a boolean or an array of strings. Keys come out dotted (`flyway.locations`).
 */
function parseToml(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const table = /^\[([^\]]+)\]$/.exec(line);
    if (table) {
      section = table[1]!.trim();
      continue;
    }
    const pair = /^("?)([^"=]+)\1\s*=\s*(.+)$/.exec(line);
    if (!pair) continue;
    const key = `${section ? `${section}.` : ''}${pair[2]!.trim()}`;
    const value = pair[3]!.trim();
    const strings = [...value.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]!);
    found.set(key, value.startsWith('[') ? strings.join(',') : (strings[0] ?? value));
  }
  return found;
}

/** A Flyway location as a directory relative to the checkout; undefined for what is not on disk. */
function locationDir(location: string): string | undefined {
  const trimmed = location.trim();
  if (trimmed.startsWith('filesystem:')) return trimmed.slice('filesystem:'.length);
  const classpath = trimmed.startsWith('classpath:') ? trimmed.slice('classpath:'.length) : trimmed;
  if (/^[a-z]+:/i.test(classpath)) return undefined;
  return join('src/main/resources', classpath);
}

/** Reads Flyway's settings from the checkout and the environment. */
export async function readFlywaySettings(
  baseDir: string,
  env: NodeJS.ProcessEnv,
): Promise<FlywaySettings> {
  const values = new Map<string, string>();
  const sources: string[] = [];
  for (const file of ['flyway.conf', 'conf/flyway.conf']) {
    const text = await readFile(join(baseDir, file), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    sources.push(file);
    for (const [k, v] of parseProperties(text)) values.set(k, v);
  }
  const toml = await readFile(join(baseDir, 'flyway.toml'), 'utf8').catch(() => undefined);
  if (toml !== undefined) {
    sources.push('flyway.toml');
    for (const [k, v] of parseToml(toml)) values.set(k, v);
  }
  // FLYWAY_PLACEHOLDERS_NAME, FLYWAY_LOCATIONS, … override the files, as in Flyway.
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || !name.startsWith('FLYWAY_')) continue;
    const placeholder = /^FLYWAY_PLACEHOLDERS_(.+)$/.exec(name)?.[1];
    if (placeholder) values.set(`flyway.placeholders.${placeholder.toLowerCase()}`, value);
    const key = {
      FLYWAY_LOCATIONS: 'flyway.locations',
      FLYWAY_TABLE: 'flyway.table',
      FLYWAY_SCHEMAS: 'flyway.schemas',
      FLYWAY_DEFAULT_SCHEMA: 'flyway.defaultSchema',
      FLYWAY_PLACEHOLDER_REPLACEMENT: 'flyway.placeholderReplacement',
    }[name];
    if (key) values.set(key, value);
  }
  const placeholders = new Map<string, string>();
  for (const [key, value] of values) {
    const name = /^flyway\.placeholders\.(.+)$/.exec(key)?.[1];
    if (name) placeholders.set(name, value);
  }
  const locations = (values.get('flyway.locations') ?? '')
    .split(',')
    .map(locationDir)
    .filter((l): l is string => l !== undefined && l !== '');
  return {
    locations,
    table: values.get('flyway.table') || undefined,
    schema:
      values.get('flyway.defaultSchema') ||
      values.get('flyway.schemas')?.split(',')[0]?.trim() ||
      undefined,
    placeholders,
    placeholderReplacement: values.get('flyway.placeholderReplacement') !== 'false',
    placeholderPrefix: values.get('flyway.placeholderPrefix') ?? '${',
    placeholderSuffix: values.get('flyway.placeholderSuffix') ?? '}',
    sources,
  };
}
