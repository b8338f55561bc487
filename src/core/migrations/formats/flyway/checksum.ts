import { crc32 } from 'node:zlib';

/**
 * Flyway's checksum of a SQL migration, so that Flyway's `validate` accepts the rows db-deploy
 * writes: CRC-32 over the UTF-8 bytes of each line, without its line ending, a byte-order mark
 * dropped from the first line, read as Java's BufferedReader.readLine splits lines (`\n`,
 * `\r\n` or `\r`), and stored as a signed 32-bit integer (flyway-core ChecksumCalculator
 * `calculateChecksumForResource`; line-ending independent by design).
 */
export function flywayChecksum(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // readLine gives no empty line after a final line ending.
  if (lines.at(-1) === '') lines.pop();
  let crc = 0;
  for (const line of lines) crc = crc32(Buffer.from(line, 'utf8'), crc);
  return crc | 0;
}
