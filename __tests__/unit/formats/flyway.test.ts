// Flyway's checksum and file names, as Flyway computes and parses them.
import { flywayChecksum } from '../../../src/core/migrations/formats/flyway/checksum.js';
import { replacePlaceholders } from '../../../src/core/migrations/formats/flyway/placeholders.js';
import { compareVersions } from '../../../src/core/migrations/formats/flyway/names.js';
import { parsePlaceholders } from '../../../src/core/migrations/placeholders.js';
import { refusal } from '../../helpers/expect.js';

describe("Flyway's checksum", () => {
  // The values are CRC-32 (IEEE, as java.util.zip.CRC32) of the lines joined without their
  // endings, as signed 32-bit integers, computed independently with Python's zlib.crc32.
  test.each([
    ['CREATE TABLE teams (id int);\nSELECT 1;\n', -1384853442],
    ['CREATE TABLE teams (id int);\r\nSELECT 1;', -1384853442],
    ['\uFEFFCREATE TABLE teams (id int);\rSELECT 1;\r\n', -1384853442],
    ['-- café\nSELECT 1;', 139021238],
    ['', 0],
  ])('%j is %d: line endings, a final newline and a byte-order mark do not count', (text, sum) => {
    expect(flywayChecksum(text)).toBe(sum);
  });

  test('an empty line in the middle is a line of its own, and contributes nothing', () => {
    expect(flywayChecksum('a\n\nb')).toBe(flywayChecksum('ab'));
  });
});

describe("Flyway's versions and placeholders", () => {
  test('versions compare numerically, part by part, missing parts as zero', () => {
    expect(compareVersions([1n, 10n], [1n, 9n])).toBe(1);
    expect(compareVersions([1n], [1n, 0n])).toBe(0);
    expect(compareVersions([2n], [10n])).toBe(-1);
  });

  const options = {
    values: new Map([['tablePrefix', 'shop_']]),
    builtIns: {
      defaultSchema: 'app',
      user: 'deployer',
      database: 'shop',
      table: 'flyway_schema_history',
    },
    prefix: '${',
    suffix: '}',
  };

  test("user values and Flyway's built-ins are replaced", () => {
    expect(
      replacePlaceholders(
        'CREATE TABLE ${tablePrefix}x (); GRANT SELECT ON ${flyway:defaultSchema}.t TO ${flyway:user}; -- ${flyway:filename}',
        'V1__x.sql',
        'V1__x.sql',
        options,
      ),
    ).toBe('CREATE TABLE shop_x (); GRANT SELECT ON app.t TO deployer; -- V1__x.sql');
  });

  test('a placeholder without a value is refused, never run as written', () => {
    const error = refusal(() =>
      replacePlaceholders('SELECT ${missing};', 'sql/V1__x.sql', 'V1__x.sql', options),
    );
    expect(error.toLine()).toBe(
      "Flyway migration sql/V1__x.sql uses the placeholder ${missing}, which has no value (sql/V1__x.sql) — give it a value: the placeholders input (missing=VALUE; --placeholder in the CLI), FLYWAY_PLACEHOLDERS_MISSING in the step's env:, or flyway.placeholders.missing in flyway.conf (db-deploy never runs SQL with a placeholder left in it)",
    );
  });
});

describe('the placeholders input', () => {
  test('NAME=VALUE lines: the value is everything after the first =, as written', () => {
    expect(
      parsePlaceholders(['tablePrefix=shop_', 'url=a=b', 'empty='], 'input placeholders'),
    ).toEqual({
      tablePrefix: 'shop_',
      url: 'a=b',
      empty: '',
    });
  });

  test('a line that is not NAME=VALUE is one error naming the input', () => {
    const error = refusal(() => parsePlaceholders(['=value'], 'input placeholders'));
    expect(error.toLine()).toBe(
      'input placeholders: "=value" is not NAME=VALUE — write one placeholder per line as NAME=VALUE, e.g. tablePrefix=shop_',
    );
    expect(refusal(() => parsePlaceholders(['no equals sign'], '--placeholder')).message).toBe(
      '--placeholder: "no equals sign" is not NAME=VALUE',
    );
  });
});
