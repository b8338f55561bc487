/**
 * Keeping Markdown within a size GitHub accepts. A step's job summary may hold 1 MiB; over it,
 * GitHub drops the whole summary ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to
 * a size of 1024k") — https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#adding-a-job-summary
 */

/** GitHub's limit for what one step writes to GITHUB_STEP_SUMMARY. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** The longest prefix of `text` ending at a line end that is at most `maxBytes` of UTF-8. */
export function headByLines(text: string, maxBytes: number): string {
  if (bytes(text) <= maxBytes) return text;
  const head = Buffer.from(text, 'utf8').subarray(0, Math.max(0, maxBytes));
  const end = head.lastIndexOf(0x0a);
  // A newline byte never sits inside a multi-byte character, so this cut is always clean.
  return end < 0 ? '' : head.subarray(0, end).toString('utf8');
}

interface OpenBlocks {
  /** The fence still open at the end, with the line it opened on. */
  fence?: { marker: string; language: string; line: number };
  /** `<details>` opened and not yet closed. */
  details: number;
}

function openBlocks(lines: readonly string[]): OpenBlocks {
  const state: OpenBlocks = { details: 0 };
  for (const [index, line] of lines.entries()) {
    const fence = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (state.fence) {
      const close = fence?.[1] ?? '';
      if (close.startsWith(state.fence.marker) && line.trim() === close) state.fence = undefined;
      continue;
    }
    if (fence) {
      state.fence = { marker: fence[1] as string, language: fence[2] ?? '', line: index };
      continue;
    }
    state.details += (line.match(/<details>/g) ?? []).length;
    state.details -= (line.match(/<\/details>/g) ?? []).length;
    state.details = Math.max(0, state.details);
  }
  return state;
}

/**
 * `markdown` as it is when it fits in `maxBytes`, else cut at a line end with the blocks it
 * leaves open closed (a code fence, `<details>`; a chart cut half-way is dropped whole) and
 * `note` after it. The result never exceeds `maxBytes` (when the note itself fits).
 * @param note one paragraph saying that the text was cut and where the rest is
 */
export function fitMarkdown(markdown: string, maxBytes: number, note: string): string {
  if (bytes(markdown) <= maxBytes) return markdown;
  const tail = `\n\n> ✂️ ${note}\n`;
  // Closers: a fence of at most a few dozen backticks and one `</details>` per open block.
  let room = maxBytes - bytes(tail) - 256;
  for (;;) {
    let lines = headByLines(markdown, Math.max(0, room)).split('\n');
    let open = openBlocks(lines);
    if (open.fence && open.fence.language === 'mermaid') {
      lines = lines.slice(0, open.fence.line);
      open = openBlocks(lines);
    }
    const closers = [
      ...(open.fence ? [open.fence.marker] : []),
      ...Array.from({ length: open.details }, () => '\n</details>'),
    ];
    const out = `${[...lines, ...closers].join('\n')}${tail}`;
    if (bytes(out) <= maxBytes || room <= 0) return out;
    room -= bytes(out) - maxBytes;
  }
}

/**
 * GitHub runners keep at most 4,096 characters of an annotation's message (actions/runner
 * v2.305 and later); an error line longer than that loses its end, often the "what to do".
 */
export const ANNOTATION_LIMIT_CHARS = 4096;

/** `text` when it has at most `maxChars` characters, else its start and ` … ${note}` within them. */
export function cutText(text: string, maxChars: number, note: string): string {
  if (text.length <= maxChars) return text;
  const tail = ` … ${note}`;
  let head = text.slice(0, Math.max(0, maxChars - tail.length));
  // Never leave half of a surrogate pair at the cut.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head}${tail}`;
}

/**
 * GitHub keeps 1 MB of outputs per job (UTF-16, all steps together): one output value of a
 * step may take at most this, counted as GitHub counts (2 bytes per UTF-16 unit).
 */
export const OUTPUT_LIMIT_BYTES = 512 * 1024;

/** The size GitHub counts for an output value: UTF-16, 2 bytes per code unit. */
export const outputBytes = (value: string): number => value.length * 2;
