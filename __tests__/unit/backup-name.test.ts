import {
  DEFAULT_NAME_TEMPLATE,
  renderBackupName,
  utcTimestamp,
  validateNameTemplate,
} from '../../src/core/backup/name.js';
import { isDbDeployError } from '../../src/core/errors.js';

const NOW = new Date('2026-03-04T05:06:07.890Z');

describe('backup name templates', () => {
  test('the default renders the database and a UTC YYYYMMDD_HHMMSS timestamp', () => {
    expect(utcTimestamp(NOW)).toBe('20260304_050607');
    expect(renderBackupName(DEFAULT_NAME_TEMPLATE, 'shop', NOW)).toBe('shop_20260304_050607');
  });

  test.each([
    ['pre-deploy_{database}', 'shop', 'pre-deploy_shop'],
    ['{timestamp}.{database}.{database}', 'a', '20260304_050607.a.a'],
    ['fixed', 'shop', 'fixed'],
    ['{database}', 'my db/../x', 'my_db_.._x'],
    ['{database}', 'Ünïcode', '_n_code'],
  ])('%s with database %j renders %j', (template, database, expected) => {
    expect(renderBackupName(template, database, NOW)).toBe(expected);
  });

  test.each([
    ['', 'is empty'],
    ['{db}_{timestamp}', 'unknown placeholder {db}'],
    ['{database', 'unclosed placeholder'],
    ['backups/{database}', 'not allowed in a file name'],
    ['..\\{database}', 'not allowed in a file name'],
    ['{database} {timestamp}', 'not allowed in a file name'],
    ['.{database}', 'starts with a dot'],
  ])('refuses %j: %s', (template, message) => {
    let error: unknown;
    try {
      validateNameTemplate(template);
    } catch (e) {
      error = e;
    }
    expect(isDbDeployError(error) && error.code).toBe('bad-input');
    expect((error as Error).message).toContain(message);
  });
});
