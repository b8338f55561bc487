/**
 * Where a finding is: line and column of a character offset in a file, and the source offset of a
 * parser byte offset inside an embedded statement.
 */
import { byteToChar } from '../sql/index.js';

/** Maps a byte offset in an embedded statement's text to a character offset in the source. */
export function locatorIn(text: string, toSource: (c: number) => number): (byte: number) => number {
  const toChar = byteToChar(text);
  return (b) => toSource(toChar(b));
}

/** 1-based line and column of character offsets in `text` (binary search over line starts). */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}
