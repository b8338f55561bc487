// switch through PgBouncer, stopped after each journaled step by SIGKILL and by SIGINT (the CLI
// bundle on Node 24), then status, and rollback or abort: see helpers/interruptions.ts.
import { describeInterruptions } from '../helpers/interruptions.js';

describeInterruptions('an interrupted switch through PgBouncer', [
  { command: 'switch', route: 'pgbouncer', point: 'pause', after: 'undo' },
  { command: 'switch', route: 'pgbouncer', point: 'freeze', after: 'undo' },
  { command: 'switch', route: 'pgbouncer', point: 'turn', after: 'undo' },
  { command: 'switch', route: 'pgbouncer', point: 'repoint', after: 'undo' },
  { command: 'switch', route: 'pgbouncer', point: 'resume', after: 'finish' },
  { command: 'switch', route: 'pgbouncer', point: 'follow', after: 'finish', last: true },
]);
