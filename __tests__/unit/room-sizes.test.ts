// Rooms that do one thing: no file of src over 300 lines, and the action adapters (inputs → core →
// report) under 80. A file that grows past its limit is split by what each part does.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .ts file under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n').length;

test('no src file is over 300 lines (src/generated is data written by npm run docs)', () => {
  const over = sources('src')
    .filter((file) => !file.startsWith(join('src', 'generated')))
    .map((file) => ({ file, lines: lines(file) }))
    .filter((f) => f.lines > 300);
  expect(over).toEqual([]);
});

test('no action adapter is over 80 lines (their input readers live in <action>-inputs.ts)', () => {
  const adapters = sources('src/actions').filter((file) => !file.endsWith('-inputs.ts'));
  const over = adapters.map((file) => ({ file, lines: lines(file) })).filter((f) => f.lines > 80);
  expect(over).toEqual([]);
});
