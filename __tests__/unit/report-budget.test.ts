import { cutText, fitMarkdown, headByLines, outputBytes } from '../../src/core/report/budget.js';

const size = (text: string) => Buffer.byteLength(text, 'utf8');

describe('headByLines', () => {
  test('keeps whole lines only, counted in UTF-8 bytes', () => {
    expect(headByLines('ab\ncd\nef', 6)).toBe('ab\ncd');
    expect(headByLines('ab\ncd\nef', 8)).toBe('ab\ncd\nef');
    // "é" is two bytes: the second line does not fit in 6.
    expect(headByLines('ab\ncé\nx', 6)).toBe('ab');
    expect(headByLines('no line end at all', 5)).toBe('');
  });
});

describe('fitMarkdown', () => {
  const note = 'cut: the rest is in the report file.';

  test('leaves Markdown that fits as it is', () => {
    expect(fitMarkdown('## ok\n\ntext', 100, note)).toBe('## ok\n\ntext');
  });

  test('cuts at a line end, closes an open SQL fence and details, and ends with the note', () => {
    const sql = Array.from({ length: 2000 }, (_, i) => `SELECT ${i};`).join('\n');
    const markdown = `## title\n\n<details><summary>m</summary>\n\n\`\`\`\`sql\n${sql}\n\`\`\`\`\n\n</details>\n\nfooter`;
    const out = fitMarkdown(markdown, 4096, note);
    expect(size(out)).toBeLessThanOrEqual(4096);
    expect(
      out.startsWith('## title\n\n<details><summary>m</summary>\n\n````sql\nSELECT 0;\n'),
    ).toBe(true);
    expect(out).toMatch(
      /\nSELECT \d+;\n````\n\n<\/details>\n\n> ✂️ cut: the rest is in the report file\.\n$/,
    );
  });

  test('drops a chart cut half-way rather than leave half of it', () => {
    const points = Array.from({ length: 3000 }, (_, i) => String(i)).join('\n');
    const markdown = `## title\n\nbefore\n\n\`\`\`mermaid\nxychart-beta\n${points}\n\`\`\`\n`;
    const out = fitMarkdown(markdown, 2048, note);
    expect(out).not.toContain('mermaid');
    expect(out).toBe(`## title\n\nbefore\n\n\n> ✂️ ${note}\n`);
  });

  test('stays within the budget for a body of one huge line too', () => {
    const out = fitMarkdown(`head\n${'x'.repeat(100_000)}`, 1024, note);
    expect(out).toBe(`head\n\n> ✂️ ${note}\n`);
  });
});

describe('cutText', () => {
  test('keeps a short line whole and cuts a long one to the limit, with the note', () => {
    expect(cutText('short', 10, 'more')).toBe('short');
    const out = cutText('x'.repeat(5000), 4096, '(cut)');
    expect(out).toHaveLength(4096);
    expect(out.endsWith('x … (cut)')).toBe(true);
  });

  test('never leaves half of a surrogate pair', () => {
    const out = cutText(`${'a'.repeat(9)}😀${'b'.repeat(20)}`, 14, 'n');
    expect(out).toBe(`${'a'.repeat(9)} … n`);
  });
});

test('outputBytes counts as GitHub does, two bytes per UTF-16 unit', () => {
  expect(outputBytes('abc')).toBe(6);
  expect(outputBytes('😀')).toBe(4);
});
