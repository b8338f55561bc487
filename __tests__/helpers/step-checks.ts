// Assertions shared by the in-process and the bundle runs of an action step.
import { readFile } from 'node:fs/promises';
import { logWithoutMaskCommands, type ActionRun } from './action-runner.js';

/** What both an in-process run and a bundle run report. */
export interface StepRun {
  exitCode: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  errorLines: string[];
  errors: string[];
}

/** Exit 0 and no error line, or show what the run printed. */
export function expectStepSuccess(run: StepRun): void {
  expect({ exitCode: run.exitCode, errors: run.errors }).toEqual({ exitCode: 0, errors: [] });
}

/** Exit 1 with exactly one `::error::<action>: <what>… — <what to do>` line. */
export function expectOneErrorLine(run: StepRun, action: string, what: string | RegExp): void {
  expect({ exitCode: run.exitCode, errorLines: run.errorLines.length }).toEqual({
    exitCode: 1,
    errorLines: 1,
  });
  const line = run.errors[0] ?? '';
  if (typeof what === 'string') expect(line.startsWith(`${action}: ${what}`)).toBe(true);
  else expect(line).toMatch(what);
  expect(line).toContain(' — ');
  expect(line).not.toContain('\n');
}

/**
 * Where a secret shows: anywhere in outputs, the summary or the JSON report; in the log only
 * when no `::add-mask::` for it came first (the runner hides a value once it is masked).
 */
export async function leaks(runs: StepRun[], secrets: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const [i, run] of runs.entries()) {
    const report = run.outputs['report-json']
      ? await readFile(run.outputs['report-json'], 'utf8').catch(() => '')
      : '';
    const places = { outputs: JSON.stringify(run.outputs), summary: run.summary, report };
    for (const secret of secrets) {
      for (const [place, text] of Object.entries(places))
        if (text.includes(secret)) found.push(`run ${i} ${place}: ${secret.slice(0, 8)}…`);
      const first = run.stdout.split('\n').findIndex((l) => l.includes(secret));
      const masked = run.stdout.split('\n').indexOf(`::add-mask::${secret}`);
      if (first >= 0 && (masked < 0 || masked > first))
        found.push(`run ${i} log (unmasked): ${secret.slice(0, 8)}…`);
    }
  }
  return found;
}

/** Every form a secret could take in a log: as given, percent-encoded, and escaped as workflow-command data. */
export function secretForms(secrets: readonly string[]): string[] {
  const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return [
    ...new Set(secrets.flatMap((s) => [s, encodeURIComponent(s)]).flatMap((s) => [s, escape(s)])),
  ];
}

/**
 * `<place> contains <secret>` for each form of each secret found in each named text (the log
 * without the toolkit's own ::add-mask:: lines, outputs, the summary, report files …): the
 * strict check, for runs that must print no secret at all.
 */
export function secretsIn(places: Record<string, string>, secrets: readonly string[]): string[] {
  return Object.entries(places).flatMap(([place, text]) =>
    secretForms(secrets)
      .filter((secret) => text.includes(secret))
      .map((secret) => `${place} contains ${secret}`),
  );
}

/**
 * A bundle run printed no form of any secret: not in its log (minus the toolkit's own
 * ::add-mask:: lines), stderr, outputs, summary or JSON report.
 */
export async function expectNoSecrets(run: ActionRun, secrets: readonly string[]): Promise<void> {
  const report = run.outputs['report-json']
    ? await readFile(run.outputs['report-json'], 'utf8')
    : '';
  const places = {
    stdout: logWithoutMaskCommands(run),
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    'report-json': report,
  };
  expect(secretsIn(places, secrets)).toEqual([]);
}
