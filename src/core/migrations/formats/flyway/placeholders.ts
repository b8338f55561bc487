import { DbDeployError } from '../../../errors.js';

/** What Flyway's built-in `flyway:` placeholders stand for in this run. */
export interface BuiltIns {
  defaultSchema: string;
  user: string;
  database: string;
  table: string;
}

/**
 * Replaces `${name}` placeholders as Flyway's PlaceholderReplacingReader does: user values
 * (flyway.conf, flyway.toml, FLYWAY_PLACEHOLDERS_*), and Flyway's built-ins (`flyway:defaultSchema`,
 * `flyway:user`, `flyway:database`, `flyway:table`, `flyway:filename`). A placeholder without a
 * value is refused, as Flyway refuses it: SQL is never run with a placeholder left in it.
 */
export function replacePlaceholders(
  text: string,
  file: string,
  fileName: string,
  options: {
    values: ReadonlyMap<string, string>;
    builtIns: BuiltIns | undefined;
    prefix: string;
    suffix: string;
  },
): string {
  const { prefix, suffix } = options;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${escape(prefix)}([^\\s${escape(suffix)}]+?)${escape(suffix)}`, 'g');
  const lower = new Map([...options.values].map(([k, v]) => [k.toLowerCase(), v]));
  return text.replace(pattern, (whole, name: string) => {
    const builtIn = /^flyway:(\w+)$/.exec(name)?.[1];
    if (builtIn !== undefined) {
      if (builtIn === 'filename') return fileName;
      const b = options.builtIns as Record<string, string> | undefined;
      if (b && builtIn in b) return b[builtIn]!;
    }
    const value = options.values.get(name) ?? lower.get(name.toLowerCase());
    if (value !== undefined) return value;
    throw new DbDeployError(
      'missing-placeholder',
      `Flyway migration ${file} uses the placeholder ${whole}, which has no value`,
      {
        where: file,
        hint: `give it a value: the placeholders input (${name}=VALUE; --placeholder in the CLI), FLYWAY_PLACEHOLDERS_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')} in the step's env:, or flyway.placeholders.${name} in flyway.conf (db-deploy never runs SQL with a placeholder left in it)`,
      },
    );
  });
}
