// The validate action's inputs as a runner passes them (INPUT_* variables, action.yml defaults
// applied), read by the adapter with the real toolkit.
import { tmpdir } from 'node:os';
import { readValidateInputs } from '../../src/actions/validate-inputs.js';
import { inputEnvironment, readActionMetadata } from '../../scripts/lib/run-action.mjs';
import { setEnv } from '../helpers/env.js';

async function readInputs(given: Record<string, string>) {
  const { inputs } = await readActionMetadata('validate');
  const restore = setEnv({
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKSPACE: tmpdir(),
    RUNNER_TEMP: tmpdir(),
    ...inputEnvironment(inputs, given),
  });
  try {
    return await readValidateInputs();
  } finally {
    restore();
  }
}

describe('the validate action reads deploy-strategy', () => {
  test('in-place by default (the action.yml default)', async () => {
    expect((await readInputs({})).strategy).toBe('in-place');
  });

  test('blue-green when asked', async () => {
    expect((await readInputs({ 'deploy-strategy': 'blue-green' })).strategy).toBe('blue-green');
  });

  test('refuses another value, naming the input and the accepted ones', async () => {
    await expect(readInputs({ 'deploy-strategy': 'canary' })).rejects.toThrow(
      'input deploy-strategy: "canary" is not valid',
    );
    await expect(readInputs({ 'deploy-strategy': 'canary' })).rejects.toMatchObject({
      hint: 'use in-place or blue-green',
    });
  });
});

describe('the validate action reads the query-plan inputs', () => {
  test('none by default: only the index checks run', async () => {
    expect((await readInputs({})).plans).toBeUndefined();
  });

  test('queries-file against the checkout, the copy, and the action.yml defaults of the rest', async () => {
    const { plans } = await readInputs({
      'queries-file': 'db/queries.sql',
      'plans-database-url': 'postgres://plans:pw@copy.example.com/shop',
    });
    expect(plans).toEqual({
      queriesFile: `${tmpdir()}/db/queries.sql`,
      queriesFromStats: 0,
      plansDatabaseUrl: 'postgres://plans:pw@copy.example.com/shop',
      regressionRatio: 10,
      minRows: 100_000,
      statementTimeoutMs: 600_000,
    });
  });

  test.each([
    ['plan-regression-ratio', '1', 'input plan-regression-ratio: "1" is not a factor above 1'],
    ['plan-min-rows', 'many', 'input plan-min-rows: "many" is not valid'],
    ['plans-statement-timeout', '600', 'input plans-statement-timeout: "600" is not a duration'],
    ['queries-from-stats', '-1', 'input queries-from-stats: "-1" is not valid'],
  ])('refuses %s: %j', async (name, value, message) => {
    await expect(readInputs({ 'queries-file': 'q.sql', [name]: value })).rejects.toThrow(message);
  });
});
