// rollback through PgBouncer and by rename, stopped after each journaled step — and inside the
// swap back — by SIGKILL and by SIGINT (the CLI bundle on Node 24), then status, and rollback or
// abort: see helpers/interruptions.ts.
import { describeInterruptions } from '../helpers/interruptions.js';

describeInterruptions('an interrupted rollback', [
  { command: 'rollback', route: 'pgbouncer', point: 'pause', after: 'undo' },
  { command: 'rollback', route: 'pgbouncer', point: 'freeze', after: 'undo' },
  { command: 'rollback', route: 'pgbouncer', point: 'turn', after: 'undo' },
  { command: 'rollback', route: 'pgbouncer', point: 'repoint', after: 'undo' },
  { command: 'rollback', route: 'pgbouncer', point: 'resume', after: 'finish' },
  { command: 'rollback', route: 'pgbouncer', point: 'release', after: 'finish', last: true },
  { command: 'rollback', route: 'rename', point: 'freeze', after: 'undo' },
  { command: 'rollback', route: 'rename', point: 'turn', after: 'undo' },
  { command: 'rollback', route: 'rename', point: 'switch-command', after: 'undo' },
  {
    command: 'rollback',
    route: 'rename',
    point: 'swap-names/blocked',
    after: 'undo',
    sigint: 'finish',
  },
  { command: 'rollback', route: 'rename', point: 'swap-names', after: 'finish' },
  { command: 'rollback', route: 'rename', point: 'release', after: 'finish', last: true },
]);
