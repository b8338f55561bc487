import { migrationChecksum } from '../../src/core/migrations/engine/checksum.js';

const sql =
  '-- Up Migration\nCREATE TABLE orders (id int);\n\n-- Down Migration\nDROP TABLE orders;\n';

describe('migrationChecksum', () => {
  test('is the hex sha256 of the text', () => {
    expect(migrationChecksum('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(migrationChecksum(sql)).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each([
    ['CRLF line endings', sql.replace(/\n/g, '\r\n')],
    ['old Mac CR line endings', sql.replace(/\n/g, '\r')],
    ['a byte-order mark', `\uFEFF${sql}`],
    ['a byte-order mark and CRLF', `\uFEFF${sql.replace(/\n/g, '\r\n')}`],
  ])('does not change for a checkout with %s', (_case, variant) => {
    expect(migrationChecksum(variant)).toBe(migrationChecksum(sql));
  });

  test.each([
    ['an edited statement', sql.replace('id int', 'id bigint')],
    ['an added blank line', `${sql}\n`],
    ['changed indentation', sql.replace('DROP', '  DROP')],
    ['a changed comment', sql.replace('-- Up Migration', '-- Up Migration (v2)')],
    ['a byte-order mark in the middle', sql.replace('DROP', '\uFEFFDROP')],
  ])('changes for %s', (_case, edited) => {
    expect(migrationChecksum(edited)).not.toBe(migrationChecksum(sql));
  });
});
