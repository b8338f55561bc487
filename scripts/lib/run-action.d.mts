/** Input values as a workflow's `with:` gives them (the runner turns them into strings). */
export type InputValues = Record<string, string | number | boolean>;

export interface RunActionOptions {
  /** The step's `with:`; declared inputs left out get their action.yml default. */
  inputs?: InputValues;
  /** Extra environment variables, added to (and overriding) the runner's. */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE and the working directory (default: the repository root). */
  workspace?: string;
  /** Kill the run after this many milliseconds (default 60 000). */
  timeoutMs?: number;
  /** The Node binary (default: node_modules/node/bin/node, else the current Node). */
  node?: string;
  /** Where the run's temp directory is made (default: the OS temp directory). */
  tempParent?: string;
  /** Called with the started process, e.g. to send it SIGTERM as a runner cancelling the job does. */
  onSpawn?: (child: import('node:child_process').ChildProcess) => void;
  /** Aborting it kills the run; the promise then rejects. */
  signal?: AbortSignal;
}

export interface ActionRun {
  /** null when the process was killed. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** Killed after `timeoutMs`. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** The job summary file's text. */
  summary: string;
  /** Wall time of the process, in milliseconds. */
  durationMs: number;
  /** The `::error…::` workflow-command lines of stdout, as printed. */
  errorLines: string[];
  /** Their messages, with the toolkit's `%25`/`%0D`/`%0A` escaping undone. */
  errors: string[];
  /** The RUNNER_TEMP directory (report files are written there). */
  runnerTemp: string;
  /** Everything this run wrote outside the workspace. */
  tempDir: string;
  /** Removes `tempDir`. */
  cleanup: () => Promise<void>;
}

export const REPO_ROOT: string;
export function nodeBinary(): string;
export function readActionMetadata(action: string): Promise<{
  inputs: Record<string, { default?: unknown; required?: boolean; description?: string }>;
  outputs: Record<string, unknown>;
  main: string;
}>;
export function inputVariable(name: string): string;
export function inputEnvironment(
  declared: Record<string, { default?: unknown }>,
  given: InputValues,
): Record<string, string>;
export function parseOutputFile(text: string): Record<string, string>;
export function unescapeCommandData(text: string): string;
export function runAction(action: string, options?: RunActionOptions): Promise<ActionRun>;
