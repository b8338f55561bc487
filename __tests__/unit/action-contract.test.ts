import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { NO_FIGURES } from '../../src/core/monitor/preflight-types.js';
import { fleetOutputs } from '../../src/core/fleet/verdict.js';
import type { FleetResult } from '../../src/core/fleet/options.js';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const actionYml = (action: string) =>
  load(readFileSync(`${action}/action.yml`, 'utf8')) as ActionYml;
/**
 * The files of an action's adapter: an adapter reads its inputs in `<action>-inputs.ts` where it
 * has one; monitor's preflight mode lives in a file of its own, migrate runs a fleet in another,
 * and both read the preflight thresholds from the same one; validate reads its query-plan inputs
 * in one.
 */
const ADAPTER_FILES: Record<string, string[]> = {
  monitor: ['monitor', 'monitor-inputs', 'preflight', 'preflight-inputs'],
  migrate: ['migrate', 'migrate-inputs', 'fleet', 'preflight-inputs'],
  validate: ['validate', 'validate-inputs', 'plans-inputs'],
  backup: ['backup', 'backup-inputs'],
  'blue-green-switch': ['blue-green-switch', 'blue-green-switch-inputs'],
};
const adapter = (action: string) =>
  (ADAPTER_FILES[action] ?? [action])
    .map((file) => readFileSync(`src/actions/${file}.ts`, 'utf8'))
    .join('\n');

/** The names fleetOutputs() sets, from an empty rollout. */
const FLEET_OUTPUTS = Object.keys(
  fleetOutputs({
    targets: [],
    counts: { targets: 0, succeeded: 0, failed: 0, skipped: 0, applied: 0 },
  } as unknown as FleetResult),
);

/** Input names an adapter reads: the first argument of every typed reader call (`input.duration('x')`). */
const readInputs = (source: string) =>
  new Set(
    [...source.matchAll(/\b(?:input|actionInputs\('root'\))\.\w+\('([a-z0-9-]+)'/g)].map(
      (m) => m[1],
    ),
  );
/** Output names an adapter sets: the quoted or bare kebab-case keys of its setOutputs({...}) object. */
const setOutputs = (source: string) => {
  const blocks = [...source.matchAll(/setOutputs\(\{([\s\S]*?)\}\);/g)].map((m) => m[1] ?? '');
  const names = blocks.flatMap((block) =>
    [...block.matchAll(/^\s*'?([a-z][a-z0-9-]*)'?:/gm)].map((m) => m[1]),
  );
  // monitor's preflight spreads preflightOutputs(): every figure, passed and failed-checks.
  if (source.includes('...(result ? preflightOutputs(result)'))
    names.push(...Object.keys(NO_FIGURES), 'passed', 'failed-checks');
  if (source.includes('...fleetOutputs(result)')) names.push(...FLEET_OUTPUTS);
  return new Set(names);
};

/** Inputs only the root action has: blue-green-switch's `command` under another name. */
const ROOT_ONLY: readonly string[] = ['blue-green-command'];
const SWITCH_COMMAND_IN_ROOT = 'blue-green-command';

const ACTIONS = ['migrate', 'validate', 'backup', 'restore', 'monitor', 'blue-green-switch'];

describe.each(ACTIONS)('the %s action', (action) => {
  const yml = actionYml(action);
  const source = adapter(action);

  test('runs the committed bundle on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: `../dist/${action}/index.js` });
  });

  test('reads exactly the inputs its action.yml declares', () => {
    // The root action's name for blue-green-switch's own command: (there, command picks the action).
    const read = [...readInputs(source)].filter((name) => !ROOT_ONLY.includes(name ?? ''));
    expect(read.sort()).toEqual(Object.keys(yml.inputs).sort());
  });

  test('sets exactly the outputs its action.yml declares', () => {
    expect([...setOutputs(source)].sort()).toEqual(Object.keys(yml.outputs).sort());
  });

  test('describes every input and output, and names durations by example', () => {
    for (const [name, input] of Object.entries(yml.inputs)) {
      expect(`${name}: ${input.description}`).toMatch(/\w{3,}/);
      if (/timeout$/.test(name)) expect(input.description).toContain('Duration');
    }
    for (const output of Object.values(yml.outputs))
      expect(output.description.length).toBeGreaterThan(10);
  });
});

test('the root action offers every action through command:, with their inputs and outputs', () => {
  const root = load(readFileSync('action.yml', 'utf8')) as ActionYml;
  const actions = ACTIONS.map(actionYml);
  const union = (pick: (a: ActionYml) => object) => [
    ...new Set(actions.flatMap((a) => Object.keys(pick(a)))),
  ];
  expect(root.runs).toEqual({ using: 'node24', main: 'dist/main/index.js' });
  expect(Object.keys(root.inputs).sort()).toEqual(
    [...new Set(['command', ...ROOT_ONLY, ...union((a) => a.inputs)])].sort(),
  );
  expect(Object.keys(root.outputs).sort()).toEqual(union((a) => a.outputs).sort());
  for (const [i, action] of actions.entries())
    for (const [name, input] of Object.entries(action.inputs)) {
      // blue-green-switch's command: is blue-green-command in the root action.
      const rootName =
        ACTIONS[i] === 'blue-green-switch' && name === 'command' ? SWITCH_COMMAND_IN_ROOT : name;
      if (rootName === 'command') continue;
      expect([name, root.inputs[rootName]?.default ?? '']).toEqual([name, input.default ?? '']);
    }
});
