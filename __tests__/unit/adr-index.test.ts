import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'docs/adr';
const records = readdirSync(DIR).filter((f) => /^\d{4}-.+\.md$/.test(f));
const index = readFileSync(join(DIR, 'README.md'), 'utf8');

describe('architecture decision records', () => {
  test('each has its own number, and its title starts with it', () => {
    const numbers = records.map((f) => f.slice(0, 4));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const file of records)
      expect(readFileSync(join(DIR, file), 'utf8').split('\n')[0]).toMatch(
        new RegExp(`^# ${file.slice(0, 4)} — `),
      );
  });

  test('the index links every record with its title, and nothing else', () => {
    const linked = [...index.matchAll(/\]\((\d{4}-[^)]+\.md)\)/g)].map((m) => m[1]);
    expect(linked.sort()).toEqual([...records].sort());
    for (const file of records) {
      const title = readFileSync(join(DIR, file), 'utf8')
        .split('\n')[0]!
        .replace(/^# \d{4} — /, '');
      expect(index).toContain(title);
    }
  });
});

test('the code each record explains names it', () => {
  const sources = ['src', 'scripts'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(?:ts|mjs)$/.test(e.name))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8')),
  );
  const unnamed = records.filter(
    (f) => !sources.some((code) => code.includes(`ADR ${f.slice(0, 4)}`)),
  );
  expect(unnamed).toEqual([]);
});
