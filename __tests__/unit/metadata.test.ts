import { metadataSpan, readDeclared, withoutMetadata } from '../../src/core/migrations/metadata.js';
import { moduleChecksum } from '../../src/core/migrations/engine/checksum.js';

const UP = `exports.up = (knex) => knex.schema.createTable('t', (t) => { t.increments(); });\n`;

describe('the metadata block of a migration module', () => {
  test.each([
    [
      'CommonJS on one line',
      `exports.config = { transaction: true, destructive: false, estimatedDuration: '30s', dependencies: [] };\n`,
    ],
    [
      'module.exports.config over lines, with comments and a trailing comma',
      `module.exports.config = {\n  // how it runs\n  transaction: false,\n  dependencies: ["001_a.js", '002_b.js'],\n};\n`,
    ],
    [
      'an ESM export with a type',
      `export const config: Knex.MigrationConfig = { transaction: false, destructive: null };\n`,
    ],
  ])('%s is plain data: the checksum leaves it out', (_, block) => {
    const content = `${UP}${block}`;
    expect(metadataSpan(content)).toBeDefined();
    expect(withoutMetadata(content)).toBe(UP);
    const { checksum, accepted } = moduleChecksum(content);
    expect(checksum).toBe(moduleChecksum(UP).checksum);
    expect(accepted).toHaveLength(1);
  });

  test.each([
    ['a call', `exports.config = { transaction: decide() };\n`],
    ['a variable', `exports.config = { transaction: USE_TRANSACTION };\n`],
    [
      'a function',
      `exports.config = { transaction: true, get destructive() { return drop(); } };\n`,
    ],
    ['a template with a substitution', 'exports.config = { estimatedDuration: `${minutes}m` };\n'],
    ['a spread', `exports.config = { ...base, transaction: false };\n`],
    [
      'two blocks',
      `exports.config = { transaction: true };\nexports.config = { transaction: false };\n`,
    ],
  ])('a block holding %s is covered by the checksum, like any code', (_, block) => {
    const content = `${UP}${block}`;
    expect(metadataSpan(content)).toBeUndefined();
    expect(moduleChecksum(content).checksum).not.toBe(moduleChecksum(UP).checksum);
  });

  test('editing the code still changes the checksum; editing only the block does not', () => {
    const a = `${UP}exports.config = { estimatedDuration: '30s' };\n`;
    const b = `${UP}exports.config = { estimatedDuration: '5m', destructive: true };\n`;
    const c = `${UP.replace("'t'", "'u'")}exports.config = { estimatedDuration: '30s' };\n`;
    expect(moduleChecksum(a).checksum).toBe(moduleChecksum(b).checksum);
    expect(moduleChecksum(a).checksum).not.toBe(moduleChecksum(c).checksum);
  });

  test('reads what the block declares, its unknown keys and its wrong types, with its line', () => {
    const content = `${UP}\nexports.config = { transaction: false, owner: 'x', estimatedDuration: '2 minutes', dependencies: 'a' };\n`;
    const declared = readDeclared(
      {
        config: {
          transaction: false,
          owner: 'x',
          estimatedDuration: '2 minutes',
          dependencies: 'a',
        },
      },
      content,
    );
    expect(declared).toMatchObject({
      transaction: false,
      unknownKeys: ['owner'],
      estimatedDuration: { text: '2 minutes', ms: undefined },
      line: 3,
    });
    expect(declared!.problems).toEqual([
      'estimatedDuration "2 minutes" is not a duration (e.g. 250ms, 30s, 10m, 2h)',
      'dependencies must be a list of migration names',
    ]);
    expect(readDeclared({}, UP)).toBeUndefined();
    expect(readDeclared({ config: { estimatedDuration: '30s' } }, UP)!.estimatedDuration).toEqual({
      text: '30s',
      ms: 30_000,
    });
  });
});
