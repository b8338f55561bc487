// The README is a front door and the rest lives under docs/: every relative link in the
// documentation must reach a file that exists, and every #anchor a heading in that file, so a page
// moved or a heading renamed cannot leave a dead link behind.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const ACTIONS = ['migrate', 'validate', 'backup', 'restore', 'monitor', 'blue-green-switch'];
const PAGES = [
  'README.md',
  'BENCHMARKS.md',
  ...ACTIONS.map((a) => `${a}/README.md`),
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync('docs/adr').map((f) => `docs/adr/${f}`),
];

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to dashes. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors a Markdown file offers: one per heading, outside fenced code. */
function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of text.matchAll(/^#{1,6} (.+)$/gm)) {
    const base = anchorOf(m[1] ?? '');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** The relative links of a Markdown file, outside fenced code. */
function links(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^(https?:|mailto:)/.test(target));
}

describe.each(PAGES)('%s', (page) => {
  test('every relative link reaches a file, and every anchor a heading', () => {
    const dead: string[] = [];
    for (const target of links(page)) {
      const [path = '', anchor] = target.split('#');
      const file = path === '' ? page : normalize(join(dirname(page), path));
      if (!existsSync(file)) {
        dead.push(target);
        continue;
      }
      if (anchor && statSync(file).isFile() && file.endsWith('.md') && !anchors(file).has(anchor))
        dead.push(target);
    }
    expect(dead).toEqual([]);
  });
});

test('the README is a front door: under 300 lines, the rest under docs/', () => {
  expect(readFileSync('README.md', 'utf8').split('\n').length).toBeLessThanOrEqual(300);
});
