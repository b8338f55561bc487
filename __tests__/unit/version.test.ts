import { readFileSync } from 'node:fs';
import { VERSION } from '../../src/core/version.js';

test('the version shown in summaries is the package version', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  expect(VERSION).toBe(pkg.version);
  expect(VERSION).toMatch(/^\d+\.\d+\.\d+(?:-[\w.]+)?$/);
});
