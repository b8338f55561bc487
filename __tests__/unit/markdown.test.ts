import { cell, code, details, fenced, footer, table } from '../../src/core/report/markdown.js';

describe('cell', () => {
  test.each([
    ['plain text', 'plain text'],
    ['a | b', 'a \\| b'],
    ['C:\\temp', 'C:\\\\temp'],
    ['\\|', '\\\\\\|'],
    ['first\nsecond\r\nthird', 'first second third'],
  ])('escapes %j for a table cell as %j', (text, escaped) => {
    expect(cell(text)).toBe(escaped);
  });
});

describe('code', () => {
  test('wraps text in backticks', () => {
    expect(code('001_create_orders')).toBe('`001_create_orders`');
  });

  test('uses a double fence when the text holds a backtick', () => {
    expect(code('a`b')).toBe('``a`b``');
  });
});

describe('table', () => {
  test('renders a header, an alignment row and one line per row', () => {
    expect(
      table(
        ['Name', 'Count'],
        ['l', 'r'],
        [
          ['a', '1'],
          ['b', '22'],
        ],
      ),
    ).toBe(['| Name | Count |', '| --- | ---: |', '| a | 1 |', '| b | 22 |'].join('\n'));
  });

  test('renders only the header for no rows', () => {
    expect(table(['Name'], ['l'], [])).toBe('| Name |\n| --- |');
  });
});

describe('details', () => {
  test('folds the body under a summary, with blank lines so Markdown renders inside', () => {
    expect(details('more', 'body')).toBe('<details><summary>more</summary>\n\nbody\n\n</details>');
  });
});

describe('fenced', () => {
  test.each([
    ['no backticks', 'SELECT 1;', '```'],
    ['a single backtick', 'SELECT `x`;', '```'],
    ['a triple backtick run', "COMMENT ON TABLE t IS '```';", '````'],
    ['a run of five', "SELECT '`````';", '``````'],
  ])('fences a body with %s longer than any run inside', (_case, body, fence) => {
    expect(fenced('sql', body)).toBe(`${fence}sql\n${body}\n${fence}`);
  });
});

describe('footer', () => {
  test('names db-deploy and its version in small print', () => {
    expect(footer('1.2.3')).toBe('<sub>db-deploy v1.2.3</sub>');
  });
});
