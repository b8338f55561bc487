/**
 * Reading a metrics document as it arrives, so that a large one is neither held whole (a
 * Prometheus exposition is matched line by line) nor cut silently (a JSON document over the
 * limit is a failure that says so).
 */

/** JSON documents larger than this are a failed probe ("too large"), never parsed. */
export const MAX_JSON_BYTES = 32 * 1024 * 1024;
/** Exposition lines longer than this are skipped (no sample is that long) and counted. */
export const MAX_LINE_CHARS = 1024 * 1024;

/**
 * Calls `onLine` for every line of the body (without its `\n` or `\r\n`), keeping at most one
 * line in memory. Returns how many lines were skipped for being longer than `maxLineChars`.
 */
export async function forEachLine(
  body: ReadableStream<Uint8Array> | null,
  onLine: (line: string) => void,
  maxLineChars = MAX_LINE_CHARS,
): Promise<{ longLines: number }> {
  let longLines = 0;
  let pending = '';
  let skipping = false;
  const decoder = new TextDecoder('utf-8');
  const take = (text: string, final: boolean) => {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      if (!skipping) onLine((pending + text.slice(start, nl)).replace(/\r$/, ''));
      pending = '';
      skipping = false;
      start = nl + 1;
    }
    if (skipping) return;
    pending += text.slice(start);
    if (pending.length > maxLineChars) {
      longLines += 1;
      pending = '';
      skipping = true;
    } else if (final && pending) onLine(pending.replace(/\r$/, ''));
  };
  if (body) {
    for await (const chunk of body) take(decoder.decode(chunk, { stream: true }), false);
  }
  take(decoder.decode(), true);
  return { longLines };
}

/**
 * The body as text, or `tooLarge` as soon as it (or its Content-Length) passes `limitBytes`:
 * the rest is not read.
 */
export async function readLimited(
  response: Response,
  limitBytes: number,
): Promise<{ text: string } | { tooLarge: true }> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limitBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { tooLarge: true };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limitBytes) {
        await reader.cancel().catch(() => undefined);
        return { tooLarge: true };
      }
      chunks.push(value);
    }
  }
  return { text: Buffer.concat(chunks).toString('utf8') };
}
