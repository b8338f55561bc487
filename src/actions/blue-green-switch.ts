import { cancelSignal } from '../core/monitor/index.js';
import { runSwitch, type SwitchResult } from '../core/switch/index.js';
import { renderSwitchSummary, renderFailure } from '../core/report/index.js';
import { VERSION } from '../core/version.js';
import { runAction, type Outcome } from '../github/run-action.js';
import { setOutputs } from '../github/outputs.js';
import { readSwitchInputs } from './blue-green-switch-inputs.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';

async function report({ result, line }: Outcome<SwitchResult>): Promise<void> {
  setOutputs({
    'active-database': result?.activeDatabase ?? '',
    'standby-database': result?.standbyDatabase ?? '',
    phase: result?.phase ?? '',
    'pause-ms': result?.pauseMs ?? '',
    'replication-lag-bytes': result?.replicationLagBytes ?? '',
    'duration-ms': result?.durationMs ?? '',
    'report-json': result ? await writeJsonReport('blue-green-switch', result) : '',
  });
  await writeSummary(
    result ? renderSwitchSummary(result, VERSION) : renderFailure('blue-green-switch', line),
  );
}

/** The `blue-green-switch` action: one command per step; the state in blue says which side is live. */
export async function run(options: { root?: boolean } = {}): Promise<void> {
  await runAction({
    name: 'blue-green-switch',
    secretInputs: ['database-url', 'green-database-url', 'pgbouncer-admin-url'],
    main: async ({ logger }) => {
      // A cancelled job finishes or undoes the step in hand before the process ends.
      const cancel = cancelSignal();
      try {
        return await runSwitch(
          { ...readSwitchInputs(options.root), signal: cancel.signal },
          logger,
        );
      } finally {
        cancel.dispose();
      }
    },
    report,
  });
}
