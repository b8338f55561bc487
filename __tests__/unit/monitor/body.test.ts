import { forEachLine, readLimited } from '../../../src/core/monitor/body.js';

/** A body delivered in the given chunks, as a server may split it anywhere. */
function stream(...chunks: Array<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks)
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
}

async function lines(body: ReadableStream<Uint8Array> | null, max?: number) {
  const seen: string[] = [];
  const { longLines } = await forEachLine(body, (line) => seen.push(line), max);
  return { seen, longLines };
}

describe('forEachLine', () => {
  test('gives every line once, whatever the chunks, without line ends', async () => {
    expect(await lines(stream('a 1\nb ', '2\r\n', 'c 3'))).toEqual({
      seen: ['a 1', 'b 2', 'c 3'],
      longLines: 0,
    });
  });

  test('decodes a UTF-8 character split between two chunks', async () => {
    const bytes = new TextEncoder().encode('m{city="Zürich"} 1\n');
    const at = bytes.indexOf(0xc3) + 1;
    expect((await lines(stream(bytes.subarray(0, at), bytes.subarray(at)))).seen).toEqual([
      'm{city="Zürich"} 1',
    ]);
  });

  test('skips and counts lines longer than the limit, keeping the lines around them', async () => {
    const long = 'x'.repeat(50);
    expect(await lines(stream('a 1\n', long.slice(0, 30), long.slice(30), '\nb 2\n'), 40)).toEqual({
      seen: ['a 1', 'b 2'],
      longLines: 1,
    });
  });

  test('reads an empty body or none as no line at all', async () => {
    expect(await lines(stream())).toEqual({ seen: [], longLines: 0 });
    expect(await lines(null)).toEqual({ seen: [], longLines: 0 });
  });
});

describe('readLimited', () => {
  test('reads a body up to the limit whole', async () => {
    const response = new Response(stream('{"a":', '1}'));
    expect(await readLimited(response, 7)).toEqual({ text: '{"a":1}' });
  });

  test('stops at the first byte over the limit', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(10));
      },
    });
    expect(await readLimited(new Response(body), 25)).toEqual({ tooLarge: true });
    expect(pulled).toBeLessThan(10);
  });

  test('believes a Content-Length over the limit without reading the body', async () => {
    const response = new Response('{}', { headers: { 'content-length': '100' } });
    expect(await readLimited(response, 50)).toEqual({ tooLarge: true });
  });
});
