export function runAsScript(
  moduleUrl: string,
  name: string,
  main: (argv: string[]) => Promise<number>,
): Promise<void>;
