// switch by rename (no PgBouncer; a switch-command stands in for the application's router) and
// by switch-command alone, stopped after each journaled step — and inside the swap, while both
// databases refuse sessions — by SIGKILL and by SIGINT (the CLI bundle on Node 24), then status,
// and rollback or abort: see helpers/interruptions.ts.
import { describeInterruptions } from '../helpers/interruptions.js';

describeInterruptions('an interrupted switch by rename or switch-command', [
  { command: 'switch', route: 'rename', point: 'freeze', after: 'undo' },
  { command: 'switch', route: 'rename', point: 'turn', after: 'undo' },
  // Killed while the switch-command runs (the issue this table was written for).
  { command: 'switch', route: 'rename', point: 'switch-command/running', after: 'undo' },
  { command: 'switch', route: 'rename', point: 'switch-command', after: 'undo' },
  // Killed here, both databases refuse sessions and the journal cannot be read: the marker the
  // block left says whose it is. A cancel finishes the swap in hand, so the switch is finished.
  {
    command: 'switch',
    route: 'rename',
    point: 'swap-names/blocked',
    after: 'undo',
    sigint: 'finish',
  },
  { command: 'switch', route: 'rename', point: 'swap-names', after: 'finish' },
  { command: 'switch', route: 'rename', point: 'follow', after: 'finish', last: true },
  { command: 'switch', route: 'command', point: 'freeze', after: 'undo' },
  { command: 'switch', route: 'command', point: 'turn', after: 'undo' },
  { command: 'switch', route: 'command', point: 'switch-command/running', after: 'finish' },
  { command: 'switch', route: 'command', point: 'switch-command', after: 'finish' },
  { command: 'switch', route: 'command', point: 'follow', after: 'finish', last: true },
]);
