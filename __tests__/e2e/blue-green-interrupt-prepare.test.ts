// prepare (logical, under writes through PgBouncer; and template, blue frozen and refusing
// sessions during the copy) stopped after each journaled step by SIGKILL and by SIGINT (the CLI
// bundle on Node 24), then status, and rollback or abort: see helpers/interruptions.ts.
import { describeInterruptions } from '../helpers/interruptions.js';

describeInterruptions('an interrupted prepare', [
  { command: 'prepare', route: 'pgbouncer', point: 'create-green', after: 'undo' },
  { command: 'prepare', route: 'pgbouncer', point: 'replicate', after: 'undo' },
  { command: 'prepare', route: 'pgbouncer', point: 'migrate-green', after: 'undo', last: true },
  { command: 'prepare', route: 'template', point: 'freeze-blue', after: 'undo' },
  { command: 'prepare', route: 'template', point: 'create-green/blocked', after: 'undo' },
  { command: 'prepare', route: 'template', point: 'create-green', after: 'undo' },
  { command: 'prepare', route: 'template', point: 'migrate-green', after: 'undo', last: true },
]);
