// The validate action's inputs as a runner passes them (INPUT_* variables, action.yml defaults
// applied), read by the adapter with the real toolkit.
import { tmpdir } from 'node:os';
import { readValidateInputs } from '../../src/actions/validate.js';
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
