// Each input and output is declared once, in its action's action.yml: the root action.yml, the
// typed input module (src/generated/action-inputs.ts) and the README tables are generated from
// those (npm run docs). These tests fail when a generated
// file drifts from its source.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { renderRootAction, ROOT_COMMANDS } from '../../scripts/root-action.mjs';
import { GENERATED, renderActionInputs } from '../../scripts/action-inputs.mjs';

const run = promisify(execFile);

describe('generated from the per-action action.yml files', () => {
  test('the root action.yml is exactly what npm run docs generates', async () => {
    expect(await readFile('action.yml', 'utf8')).toBe(await renderRootAction());
  });

  test('an input added to one action appears in the root action, named by the action that reads it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'db-deploy-root-action-'));
    try {
      for (const action of ROOT_COMMANDS) await cp(action, join(root, action), { recursive: true });
      const migrate = join(root, 'migrate', 'action.yml');
      const text = await readFile(migrate, 'utf8');
      await writeFile(
        migrate,
        text.replace(
          'inputs:\n',
          "inputs:\n  example-input:\n    description: 'Says what it does.'\n    required: false\n    default: '3'\n",
        ),
      );
      const generated = await renderRootAction(root);
      expect(generated).not.toBe(await readFile('action.yml', 'utf8'));
      expect(generated).toContain(
        "  example-input:\n    description: 'migrate: says what it does.'\n    required: false\n    default: '3'\n",
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test('the typed input module is exactly what npm run docs generates', async () => {
    expect(await readFile(GENERATED, 'utf8')).toBe(await renderActionInputs());
  });

  test('an input added to one action.yml reaches the typed input module with its type and default', async () => {
    const root = await mkdtemp(join(tmpdir(), 'db-deploy-action-inputs-'));
    try {
      for (const action of ROOT_COMMANDS) await cp(action, join(root, action), { recursive: true });
      await cp('action.yml', join(root, 'action.yml'));
      const migrate = join(root, 'migrate', 'action.yml');
      const text = await readFile(migrate, 'utf8');
      await writeFile(
        migrate,
        text.replace(
          'inputs:\n',
          "inputs:\n  example-wait:\n    description: 'How long to wait (Duration). More words.'\n    required: false\n    default: '3s'\n",
        ),
      );
      expect(await renderActionInputs(root)).toContain(
        "'example-wait': {\n      type: 'Duration',\n      default: '3s',\n      required: false,\n      summary: 'How long to wait (Duration).',\n    },",
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  test('the README input and output tables match the action.yml files', async () => {
    await expect(run(process.execPath, ['scripts/readme-tables.mjs', '--check'])).resolves.toEqual(
      expect.objectContaining({ stdout: expect.stringContaining('up to date') }),
    );
  });
});
