import type { SwitchResult } from '../switch/index.js';
import { formatDuration } from '../duration.js';
import { cell, code, footer, table } from './markdown.js';
import { formatBytes } from '../units.js';

/** The write pause, when the command paused writes (not when it only finished an interrupted one). */
const paused = (r: SwitchResult) =>
  r.pauseMs === undefined ? '' : ` — writes paused ${r.pauseMs} ms`;
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
const migrations = (r: SwitchResult) => count(r.migrated?.length ?? 0, 'migration');

const HEADLINES: Record<SwitchResult['command'], (r: SwitchResult) => string> = {
  prepare: (r) =>
    r.cloneMethod && r.cloneMethod !== 'logical'
      ? `✅ ${code(r.standbyDatabase)} prepared: ${count(r.tables ?? 0, 'table')} copied from ${code(r.activeDatabase)} (${r.cloneMethod}; ${code(r.activeDatabase)} read-only until the switch), ${migrations(r)} applied`
      : `✅ ${code(r.standbyDatabase)} prepared: ${count(r.tables ?? 0, 'table')} replicating from ${code(r.activeDatabase)}, ${migrations(r)} applied`,
  switch: (r) =>
    `✅ Switched to ${code(r.activeDatabase)}${paused(r)}; ${code(r.standbyDatabase)} ${r.replicationLagBytes === undefined && r.pauseMs !== undefined ? 'kept (it does not follow: a rollback would lose new writes)' : 'follows it for rollback'}`,
  rollback: (r) =>
    r.phase === 'aborted'
      ? `✅ Nothing to roll back: ${code(r.activeDatabase)} is live, the copy is dropped`
      : `✅ Rolled back to ${code(r.activeDatabase)}${paused(r)}; ${code(r.standbyDatabase)} kept`,
  status: (r) =>
    r.interrupted?.running
      ? `⏳ ${r.interrupted.command} at ${code(r.interrupted.step)}: its session is still connected, so it may be running`
      : r.interrupted
        ? `⚠️ ${r.interrupted.command} interrupted at ${code(r.interrupted.step)}: run ${r.interrupted.command} again to ${r.interrupted.recovery} it${r.interrupted.command === 'finish' ? '' : ', or rollback / abort'}`
        : `ℹ️ ${r.phase === 'none' ? 'Nothing prepared' : `${r.phase}: ${code(r.activeDatabase)} is live`}`,
  abort: (r) =>
    r.phase === 'none'
      ? `✅ Nothing to abort: ${code(r.activeDatabase)} is live, nothing was prepared`
      : `✅ Aborted: ${code(r.activeDatabase)} stays live, the copy is dropped`,
  finish: (r) =>
    `✅ Finished: ${code(r.activeDatabase)} is live; ${code(r.standbyDatabase)} no longer follows it`,
};

/** The blue-green-switch job summary: the outcome first, then the facts and every step with its time. */
export function renderSwitchSummary(result: SwitchResult, version: string): string {
  const facts: Array<[string, string]> = [
    ['Live database', code(result.activeDatabase)],
    ['Standby', result.standbyDatabase ? code(result.standbyDatabase) : '—'],
    ['Phase', result.phase],
    ...(result.cloneMethod
      ? ([['Clone method', result.cloneMethod]] as Array<[string, string]>)
      : []),
    ...(result.pauseMs === undefined
      ? []
      : ([['Write pause', `${result.pauseMs} ms`]] as Array<[string, string]>)),
    ...(result.sequences === undefined
      ? []
      : ([['Sequences carried over', String(result.sequences)]] as Array<[string, string]>)),
    ...(result.replicationLagBytes === undefined
      ? []
      : ([['Replication lag', formatBytes(result.replicationLagBytes)]] as Array<
          [string, string]
        >)),
    ['Duration', formatDuration(result.durationMs)],
  ];
  const steps = table(
    ['Time (UTC)', 'Step', 'Since start (ms)'],
    ['l', 'l', 'r'],
    result.steps.map((s) => [
      s.at.slice(11, 23),
      cell(s.ms === undefined ? s.step : `${s.step} (${s.ms} ms)`),
      String(s.sinceMs),
    ]),
  );
  return [
    `## ${HEADLINES[result.command](result)}`,
    '',
    table(['', ''], ['l', 'l'], facts),
    '',
    '### Steps',
    '',
    steps,
    '',
    footer(version),
    '',
  ].join('\n');
}
