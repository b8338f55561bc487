// blue-green-switch's max-lag guardrail, made deterministic: a session on green holds an ACCESS
// EXCLUSIVE lock on the replicated table, so green's apply worker waits on it (still running,
// pid and all) while blue writes a few MB; blue's slot then lags by more than max-lag for as long
// as the lock is held. PostgreSQL with wal_level=logical and a pg_dump / pg_restore that serves it
// for the schema copy; no PgBouncer.
import type pg from 'pg';
import { runSwitch } from '../../src/core/switch/run.js';
import { replicationNames } from '../../src/core/switch/names.js';
import { SWITCH_DEFAULTS, type SwitchOptions } from '../../src/core/switch/options.js';
import { memoryLogger } from '../../src/core/logger.js';
import { pgDumpServes } from '../helpers/binaries.js';
import { dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { openClient, query } from '../helpers/database.js';
import {
  roleSubscribes,
  useLogicalPostgres,
  type LogicalPostgres,
} from '../helpers/logical-postgres.js';
import { failure, waitFor } from '../helpers/expect.js';

const describeIf =
  pgDumpServes(dumpableMajor()) && roleSubscribes(dumpableMajor()) ? describe : describe.skip;

/** The bound given to the switch, in bytes of WAL. */
const MAX_LAG = 100_000;
/** 20,000 rows of 200 characters: about 5 MB of WAL, fifty times MAX_LAG. */
const ROWS = 20_000;

const SCHEMA = `
  CREATE TABLE events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, payload text NOT NULL);
  INSERT INTO events (payload) SELECT 'seed ' || g FROM generate_series(1, 100) g;`;

/** Row count and a digest of every row, to compare blue with green. */
const CONTENT =
  "SELECT count(*)::int AS n, md5(coalesce(string_agg(id || ':' || payload, ',' ORDER BY id), '')) AS digest FROM events";

describeIf('blue-green-switch max-lag guardrail (logical replication, no PgBouncer)', () => {
  const logical = useLogicalPostgres();
  let server: LogicalPostgres;

  beforeAll(async () => {
    server = await logical();
  }, 60_000);

  test('refuses to switch while green is more than max-lag behind, changes nothing, and switches once green has caught up', async () => {
    const blue = 'lag1';
    const green = `${blue}_green`;
    const blueUrl = await server.database(blue);
    const greenUrl = blueUrl.replace(/\/lag1$/, `/${green}`);
    const { slot } = replicationNames(green).forward;
    await query(blueUrl, SCHEMA);
    const logger = memoryLogger();
    const options = (o: Partial<SwitchOptions>): SwitchOptions => ({
      ...SWITCH_DEFAULTS,
      command: 'status',
      databaseUrl: blueUrl,
      // No PgBouncer here: the switch point is a command that moves nothing.
      switchCommand: 'true',
      ...o,
    });
    /** Bytes of WAL blue's slot for green has yet to see confirmed. */
    const lag = async () => {
      const rows = await query<{ bytes: string }>(
        blueUrl,
        `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint::text AS bytes
           FROM pg_replication_slots WHERE slot_name = $1`,
        [slot],
      );
      if (!rows[0]) throw new Error(`replication slot ${slot} is missing`);
      return Number(rows[0].bytes);
    };

    let holder: pg.Client | undefined;
    const release = async () => {
      const client = holder;
      holder = undefined;
      if (!client) return;
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end().catch(() => undefined);
    };
    try {
      expect(
        await runSwitch(options({ command: 'prepare', migrationsDir: undefined }), logger),
      ).toMatchObject({ phase: 'prepared', activeDatabase: blue, standbyDatabase: green });

      // Green's apply worker waits on this lock; green is read-only by database default.
      holder = await openClient(greenUrl);
      await holder.query('SET default_transaction_read_only = off');
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
      await query(
        blueUrl,
        `INSERT INTO events (payload) SELECT repeat(md5(g::text), 6) || lpad(g::text, 8, '0')
           FROM generate_series(1, ${ROWS}) g`,
      );
      const holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))
        .rows[0]?.pid;
      await waitFor(
        'green’s apply worker to wait on the lock',
        async () => {
          const [row] = await query<{ n: number }>(
            server.url,
            `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE backend_type LIKE 'logical replication%' AND $1 = ANY (pg_blocking_pids(pid))`,
            [holderPid],
          );
          return row?.n === 1;
        },
        30_000,
        50,
      );
      await waitFor(
        `slot lag above ${MAX_LAG} bytes`,
        async () => (await lag()) > MAX_LAG,
        30_000,
        50,
      );

      const refused = await failure(
        runSwitch(options({ command: 'switch', maxLagBytes: MAX_LAG }), logger),
      );
      expect(refused.code).toBe('replication-lagging');
      expect(refused.toLine()).toMatch(
        new RegExp(`^green is (\\d+) bytes of WAL behind blue, more than max-lag \\(${MAX_LAG}\\)`),
      );
      expect(refused.toLine()).toContain(green);
      // The hint names the session that holds green's apply worker back.
      expect(refused.toLine()).toMatch(
        new RegExp(
          `green's apply worker waits for a lock held by pid ${holderPid} on green: end that session, then switch again$`,
        ),
      );
      const reported = Number(/^green is (\d+) bytes/.exec(refused.toLine())?.[1]);
      expect(reported).toBeGreaterThan(MAX_LAG);
      // Nothing changed: still prepared, blue still live and writable, green still behind.
      const held = await runSwitch(options({ command: 'status' }), logger);
      expect(held).toMatchObject({ phase: 'prepared', activeDatabase: blue });
      expect(held.replicationLagBytes).toBeGreaterThan(MAX_LAG);
      await query(blueUrl, "INSERT INTO events (payload) VALUES ('after the refusal')");

      // The lock goes, green applies the backlog, and the same switch goes through. (Green's
      // read-only guard is checked only now: an INSERT would queue behind the lock first.)
      await release();
      await expect(query(greenUrl, 'INSERT INTO events (payload) VALUES (1)')).rejects.toThrow(
        /read-only/,
      );
      await waitFor(
        `slot lag below ${MAX_LAG} bytes`,
        async () => (await lag()) < MAX_LAG,
        30_000,
        50,
      );
      const switched = await runSwitch(
        options({ command: 'switch', maxLagBytes: MAX_LAG }),
        logger,
      );
      expect(switched).toMatchObject({
        phase: 'switched',
        activeDatabase: green,
        standbyDatabase: blue,
      });
      const onBlue = await query<{ n: number; digest: string }>(blueUrl, CONTENT);
      expect(onBlue[0]?.n).toBe(100 + ROWS + 1);
      expect(await query(greenUrl, CONTENT)).toEqual(onBlue);

      expect((await runSwitch(options({ command: 'finish' }), logger)).phase).toBe('finished');
      expect(
        await query(
          server.url,
          'SELECT slot_name FROM pg_replication_slots WHERE slot_name = ANY ($1)',
          [[replicationNames(green).forward.slot, replicationNames(green).back.slot]],
        ),
      ).toEqual([]);
      expect(await query(server.url, 'SELECT slot_name FROM pg_replication_slots')).toEqual([]);
    } finally {
      // A failure above must not leave the apply worker blocked or a client keeping jest alive.
      await release();
    }
  }, 90_000);
});
