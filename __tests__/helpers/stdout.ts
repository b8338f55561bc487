/** Runs `fn` and returns what it (through @actions/core's workflow commands) wrote to stdout, line by line. */
export async function stdoutLines(fn: () => unknown): Promise<string[]> {
  const lines: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  }) as typeof process.stdout.write;
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  return lines;
}
