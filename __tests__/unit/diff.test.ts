import { unifiedDiff } from '../../src/core/verify/diff.js';

const labels = { before: 'before', after: 'after' };
const text = (...lines: string[]): string => lines.map((line) => `${line}\n`).join('');
const numbered = (count: number, prefix = 'line'): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);

/** Rebuilds both sides from a diff with unlimited context, checking every line is accounted for. */
function sides(diff: string): { before: string[]; after: string[]; changed: number } {
  const before: string[] = [];
  const after: string[] = [];
  let changed = 0;
  for (const line of diff.split('\n').slice(2)) {
    if (line.startsWith('@@') || line === '') continue;
    const body = line.slice(1);
    if (line[0] === ' ') {
      before.push(body);
      after.push(body);
    } else if (line[0] === '-') {
      before.push(body);
      changed += 1;
    } else if (line[0] === '+') {
      after.push(body);
      changed += 1;
    }
  }
  return { before, after, changed };
}

/** Length of a longest common subsequence, by dynamic programming (the reference for small inputs). */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j] as number;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1] as number);
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** A deterministic pseudo-random generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('unifiedDiff', () => {
  test('returns an empty string when both texts are equal', () => {
    expect(unifiedDiff('', '', labels)).toBe('');
    expect(unifiedDiff(text('a', 'b'), text('a', 'b'), labels)).toBe('');
  });

  test('prints one hunk with three lines of context and diff(1) line numbers', () => {
    const before = text(...numbered(10));
    const after = text(...numbered(10).map((line) => (line === 'line 5' ? 'line five' : line)));
    expect(unifiedDiff(before, after, { before: 'schema.sql', after: 'database' })).toBe(
      [
        '--- schema.sql',
        '+++ database',
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
  });

  test('splits changes further apart than twice the context into separate hunks', () => {
    const lines = numbered(30);
    const after = lines.map((line) =>
      line === 'line 3' || line === 'line 27' ? `${line}!` : line,
    );
    const diff = unifiedDiff(text(...lines), text(...after), labels);
    expect(diff.split('\n').filter((line) => line.startsWith('@@'))).toEqual([
      '@@ -1,6 +1,6 @@',
      '@@ -24,7 +24,7 @@',
    ]);
  });

  test('merges changes closer than twice the context into one hunk', () => {
    const lines = numbered(20);
    const after = lines.map((line) =>
      line === 'line 5' || line === 'line 11' ? `${line}!` : line,
    );
    const headers = unifiedDiff(text(...lines), text(...after), labels)
      .split('\n')
      .filter((line) => line.startsWith('@@'));
    expect(headers).toEqual(['@@ -2,13 +2,13 @@']);
  });

  test.each([
    ['an insertion into an empty text', '', text('a'), 3, '@@ -0,0 +1 @@\n+a\n'],
    ['a deletion of everything', text('a', 'b'), '', 3, '@@ -1,2 +0,0 @@\n-a\n-b\n'],
    [
      'an insertion at the start',
      text('b', 'c'),
      text('a', 'b', 'c'),
      3,
      '@@ -1,2 +1,3 @@\n+a\n b\n c\n',
    ],
    ['an insertion with no context', text('a', 'c'), text('a', 'b', 'c'), 0, '@@ -1,0 +2 @@\n+b\n'],
  ])('numbers hunks like diff(1) for %s', (_name, before, after, context, expected) => {
    expect(unifiedDiff(before, after, labels, context)).toBe(`--- before\n+++ after\n${expected}`);
  });

  test('reports a missing final newline as diff(1) does', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb', labels)).toBe(
      '--- before\n+++ after\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n',
    );
  });

  test('treats a line that moved as one deletion and one insertion', () => {
    const diff = unifiedDiff(text('a', 'b', 'c', 'd'), text('b', 'c', 'd', 'a'), labels);
    expect(diff).toBe('--- before\n+++ after\n@@ -1,4 +1,4 @@\n-a\n b\n c\n d\n+a\n');
  });

  test('finds a shortest edit script on random inputs (checked against a dynamic-programming LCS)', () => {
    const next = random(42);
    for (let round = 0; round < 300; round += 1) {
      const pick = (): string[] =>
        Array.from(
          { length: Math.floor(next() * 25) },
          () => 'abcdef'[Math.floor(next() * 6)] as string,
        );
      const a = pick();
      const b = pick();
      const diff = unifiedDiff(text(...a), text(...b), labels, 1_000_000);
      const rebuilt = sides(diff);
      if (diff === '') {
        expect(a).toEqual(b);
        continue;
      }
      expect(rebuilt.before).toEqual(a);
      expect(rebuilt.after).toEqual(b);
      expect(rebuilt.changed).toBe(a.length + b.length - 2 * lcsLength(a, b));
    }
  });

  // How fast is a benchmark's question, not a test's: the suite must pass on a loaded machine.
  test('diffs 20,000-line texts with scattered changes exactly', () => {
    const before = numbered(20_000, 'column');
    const after = before
      .filter((_, i) => i % 997 !== 0)
      .map((line, i) => (i % 499 === 0 ? `${line} changed` : line));
    after.splice(10_000, 0, ...numbered(50, 'inserted'));
    const diff = unifiedDiff(text(...before), text(...after), labels, 1_000_000);
    const rebuilt = sides(diff);
    expect(rebuilt.before).toEqual(before);
    expect(rebuilt.after).toEqual(after);
  });

  test('diffs two completely different 20,000-line texts as one hunk', () => {
    const before = numbered(20_000, 'old');
    const after = numbered(20_000, 'new');
    const diff = unifiedDiff(text(...before), text(...after), labels);
    expect(diff.split('\n')[2]).toBe('@@ -1,20000 +1,20000 @@');
  });

  test('diffs 20,000 lines whose order was shuffled in blocks', () => {
    const before = numbered(20_000);
    const blocks = Array.from({ length: 40 }, (_, i) => before.slice(i * 500, (i + 1) * 500));
    const after = blocks.reverse().flat();
    const rebuilt = sides(unifiedDiff(text(...before), text(...after), labels, 1_000_000));
    expect(rebuilt.before).toEqual(before);
    expect(rebuilt.after).toEqual(after);
  });
});
