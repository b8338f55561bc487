import {
  PlainSqlScanner,
  UnsafeSqlError,
  type ScanFinding,
} from '../../src/core/backup/plain-scan.js';

/** Scans `sql` in chunks of `size` bytes; the finding, or undefined when it passes. */
function scan(sql: string, size = 1 << 16): ScanFinding | undefined {
  const scanner = new PlainSqlScanner();
  const bytes = Buffer.from(sql, 'utf8');
  try {
    let safe = 0;
    for (let i = 0; i < bytes.length; i += size) safe += scanner.push(bytes.subarray(i, i + size));
    scanner.end();
    expect(safe).toBeLessThanOrEqual(bytes.length);
    return undefined;
  } catch (error) {
    if (error instanceof UnsafeSqlError) return error.finding;
    throw error;
  }
}

const HEADER = `--
-- PostgreSQL database dump
--

\\restrict Yq3kP0aZ9bX2

-- Dumped from database version 15.18
SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
`;
const FOOTER = `
--
-- PostgreSQL database dump complete
--

\\unrestrict Yq3kP0aZ9bX2

`;

/** What pg_dump writes, with every place a backslash is not a meta-command. */
const DUMP = `${HEADER}
CREATE FUNCTION public.shout(t text) RETURNS text
    LANGUAGE plpgsql
    AS $_$
\\! this line is inside a dollar-quoted body
BEGIN RETURN upper(t) || E'\\\\! \\' not the end'; END
$_$;

CREATE FUNCTION public.atomic_one() RETURNS integer
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT 1;
 SELECT CASE WHEN true THEN 1 ELSE 2 END;
END;

/* a block comment: \\! nothing /* nested \\c x */ still comment */
-- a line comment: \\! nothing
CREATE TABLE public."odd \\! name" (id integer, note text DEFAULT '\\d+ \\! literal');
COMMENT ON TABLE public."odd \\! name" IS 'it''s \\x41';

COPY public."odd \\! name" (id, note) FROM stdin;
1	\\! id
2	\\N
\\!	\\\\c other
\\set ON_ERROR_STOP 0
\\.

SELECT pg_catalog.setval('public.s', 3, true);
SELECT pg_catalog.lowrite(0, '\\x4142');
${FOOTER}`;

describe('PlainSqlScanner', () => {
  test("accepts what pg_dump writes: COPY data, bodies, comments, strings and \\restrict's pair", () => {
    expect(scan(DUMP)).toBeUndefined();
  });

  test('gives the same answer however the file is split into chunks', () => {
    for (const size of [1, 2, 3, 7, 64]) expect(scan(DUMP, size)).toBeUndefined();
    const hostile = `${HEADER}SELECT 1;\n\\! id\n${FOOTER}`;
    for (const size of [1, 5, 4096]) expect(scan(hostile, size)?.line).toBe(13);
  });

  test.each([
    ['a shell command', '\\! id > /tmp/pwned'],
    ['a meta-command after SQL on the same line', 'SELECT 1; \\! id'],
    ['\\g ending a statement', 'SELECT 1 \\g /tmp/out'],
    ['ON_ERROR_STOP switched off', '\\set ON_ERROR_STOP 0'],
    ['another database', '\\c other_db'],
    ['\\connect (pg_dumpall, --create)', '\\connect postgres'],
    ['a client-side copy', "\\copy t FROM '/etc/passwd'"],
    ['output redirection', '\\o /tmp/x'],
    ['an include', '\\ir other.sql'],
    ['\\. outside COPY data', '\\.'],
    ['a second \\restrict', '\\restrict Zz9'],
    ['\\unrestrict with another key', '\\unrestrict Zz9'],
    ['a backslash line after a non-dump COPY', 'COPY t FROM stdin WITH (FORMAT csv);\n\\! id\n\\.'],
    ['COPY TO STDOUT of a table named stdin', 'COPY (SELECT * FROM stdin) TO STDOUT;'],
    ['COPY from a server file', "COPY t FROM '/etc/passwd';"],
    ['COPY from a program', "COPY t FROM PROGRAM 'id';"],
    ['text after COPY FROM stdin on its line', 'COPY t (a) FROM stdin; SELECT 1;\n\\.'],
    ['a backslash-quote in a plain string', "SELECT 'a\\'' \\! id --';"],
    ['an encoding that hides backslashes', "SET client_encoding = 'SJIS';"],
    ['SET NAMES', "SET NAMES 'BIG5';"],
    ['set_config of the client encoding', "SELECT set_config('client_encoding', 'GBK', false);"],
    ['a psql variable', "SELECT :'DBNAME';"],
    [
      'COPY inside a BEGIN ATOMIC body (psql does not end the statement there)',
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; COPY t FROM stdin;\n\\! id\n\\.\nEND;',
    ],
    ['COPY inside parentheses', 'SELECT (1; COPY t FROM stdin;\n\\! id\n\\.\n);'],
  ])('refuses %s', (_what, sql) => {
    const finding = scan(`${HEADER}${sql}\n${FOOTER}`);
    expect(finding).toBeDefined();
    expect(finding?.line).toBeGreaterThanOrEqual(12);
  });

  test('refuses \\restrict after the first statement and one left without \\unrestrict', () => {
    expect(scan('SELECT 1;\n\\restrict Ab1\n\\unrestrict Ab1\n')?.what).toMatch(/before the first/);
    expect(scan('\\restrict Ab1\nSELECT 1;\n')?.what).toMatch(/without the matching/);
  });

  test('reads an archive without \\restrict (pg_dump before 15.14) like one with it', () => {
    expect(scan(DUMP.replace(/\\(un)?restrict \w+\n/g, ''))).toBeUndefined();
  });

  test('names the meta-command and its line', () => {
    expect(scan('SELECT 1;\n\n\\! id\n')).toEqual({
      line: 3,
      what: 'psql meta-command \\! (db-deploy never runs one from an archive)',
    });
  });
});
