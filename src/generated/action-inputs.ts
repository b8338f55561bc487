// Generated from the action.yml files by `npm run docs` (scripts/action-inputs.mjs): edit
// action.yml, not this file. __tests__/unit/generated-files.test.ts fails when it drifts.

/**
 * Every input each action declares: its type (the docs' Type column), its default, whether it is
 * required, and the first sentence of its description (the CLI's --help).
 */
export const ACTION_INPUTS = {
  migrate: {
    'database-url': {
      type: 'Secret URL',
      default: '',
      required: false,
      summary: 'PostgreSQL connection URL (postgres://user:password@host:5432/db).',
    },
    'migrations-dir': {
      type: 'String',
      default: '',
      required: false,
      summary: 'Directory of the migration files, relative to the repository checkout.',
    },
    'migration-format': {
      type: 'String',
      default: 'auto',
      required: false,
      summary:
        "The migration tool whose files and ledger to use: auto (detected from the repository and the database: the tool's files, its marker file such as a knexfile, or its ledger), node-pg-migrate, knex, dbmate, golang-migrate, goose, flyway, prisma, drizzle or diesel.",
    },
    'knex-environment': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'knex: the knexfile environment whose migrations settings are used (directory, tableName, schemaName…; never its connection).',
    },
    direction: {
      type: 'String',
      default: 'up',
      required: false,
      summary: 'up applies pending migrations; down rolls back applied ones, newest first.',
    },
    count: {
      type: 'Integer',
      default: '',
      required: false,
      summary: 'How many migrations to run.',
    },
    'dry-run': {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary:
        'Print the SQL of every migration that would run and change nothing: no lock, no migrations table, no writes.',
    },
    'lock-timeout': {
      type: 'Duration',
      default: '100ms',
      required: false,
      summary: 'lock_timeout for every migration statement (Duration).',
    },
    'lock-retries': {
      type: 'Integer',
      default: '20',
      required: false,
      summary:
        'How many times a migration whose lock was not granted is retried, with backoff (250ms doubling to 5s).',
    },
    'statement-timeout': {
      type: 'Duration',
      default: '0',
      required: false,
      summary: 'statement_timeout for migration statements (Duration); 0 for none.',
    },
    'lock-wait-timeout': {
      type: 'Duration',
      default: '10m',
      required: false,
      summary:
        'How long to wait for another runner that is migrating the same database (Duration).',
    },
    'connect-timeout': {
      type: 'Duration',
      default: '10s',
      required: false,
      summary: 'How long to wait for a database connection (Duration).',
    },
    placeholders: {
      type: 'List',
      default: '',
      required: false,
      summary:
        "Values for the migration tool's placeholders (List of NAME=VALUE): Flyway's ${NAME}, over flyway.conf, flyway.toml and FLYWAY_PLACEHOLDERS_*.",
    },
    'migrations-table': {
      type: 'String',
      default: '',
      required: false,
      summary: "The migration tool's ledger of applied migrations.",
    },
    schema: {
      type: 'String',
      default: '',
      required: false,
      summary:
        'Schema of the ledger (created if missing); for node-pg-migrate also the search_path the migrations run with.',
    },
    'allow-edited': {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary:
        'Run even when an applied migration was edited or removed since it ran (its new checksum is recorded).',
    },
    'database-urls': {
      type: 'List',
      default: '',
      required: false,
      summary:
        'A fleet: the databases to migrate, one a line, each a connection URL or name=URL (List; the name is shown in logs and the summary, default the database name).',
    },
    canary: {
      type: 'Integer',
      default: '',
      required: false,
      summary:
        'database-urls: how many targets from the top of the list are migrated first, one after another, before any other starts; a failing canary stops the rollout.',
    },
    'max-parallel': {
      type: 'Integer',
      default: '1',
      required: false,
      summary:
        'database-urls: how many targets migrate at once after the canary (each holds one connection).',
    },
    'on-failure': {
      type: 'String',
      default: 'halt',
      required: false,
      summary:
        'database-urls: halt starts no new target after a failure and lets the running ones finish; continue goes on with the others.',
    },
    'verify-command': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'database-urls: shell command (bash) run right after each target is migrated, with DATABASE_URL and DB_DEPLOY_TARGET of that target; a non-zero exit fails the target.',
    },
    'verify-timeout': {
      type: 'Duration',
      default: '10m',
      required: false,
      summary:
        'database-urls: verify-command is killed after this long, failing the target (Duration; 0 for no limit).',
    },
    'verify-checks': {
      type: 'List',
      default: '',
      required: false,
      summary:
        'database-urls: preflight checks of the monitor action judged on each target right after its migrations (List; e.g. invalid-indexes, lock-waiters, active-connections, transaction-age, connection-usage, replication-lag), with the same max-* threshold inputs monitor uses.',
    },
    'target-group': {
      type: 'String',
      default: 'all',
      required: false,
      summary:
        'database-urls: all migrates the whole list (canary first); canary only the canary targets; rest everything after them, for a matrix of jobs that follows a canary job.',
    },
    'shard-index': {
      type: 'Integer',
      default: '',
      required: false,
      summary:
        "database-urls: this job's slice of the targets target-group picked, from 0 (e.g. strategy.job-index); target i goes to slice i mod shard-total.",
    },
    'shard-total': {
      type: 'Integer',
      default: '',
      required: false,
      summary:
        'database-urls: how many slices the picked targets are dealt into (e.g. strategy.job-total).',
    },
    'max-active-connections': {
      type: 'Integer',
      default: '100',
      required: false,
      summary:
        'verify-checks active-connections: client sessions of the target running a statement, at most.',
    },
    'max-connections-usage': {
      type: 'String',
      default: '0.8',
      required: false,
      summary:
        'verify-checks connection-usage: all sessions of the server, as a share of its max_connections, at most (0.8 or 80%).',
    },
    'max-transaction-age': {
      type: 'Duration',
      default: '5m',
      required: false,
      summary:
        'verify-checks transaction-age: the oldest open transaction of the target, at most (Duration).',
    },
    'max-lock-wait': {
      type: 'Duration',
      default: '5s',
      required: false,
      summary:
        'verify-checks lock-waiters: a session waiting on a lock longer than this counts as a lock waiter (Duration).',
    },
    'max-lock-waiters': {
      type: 'Integer',
      default: '0',
      required: false,
      summary:
        'verify-checks lock-waiters: sessions waiting on a lock for longer than max-lock-wait, at most.',
    },
    'max-replication-lag': {
      type: 'Duration',
      default: '60s',
      required: false,
      summary:
        'verify-checks replication-lag: replay lag of the worst replica, at most (Duration).',
    },
    'max-invalid-indexes': {
      type: 'Integer',
      default: '0',
      required: false,
      summary:
        'verify-checks invalid-indexes: INVALID indexes in the target, at most; each one is named.',
    },
  },
  validate: {
    'database-url': {
      type: 'Secret URL',
      default: '',
      required: false,
      summary:
        'Connection URL of an EMPTY, disposable PostgreSQL database (e.g. a postgres service container) that validate may change. validate claims only a database holding no object at all, drops what its run made when the run ends, and refuses any other database without changing it.',
    },
    'migrations-dir': {
      type: 'String',
      default: '',
      required: false,
      summary: 'Directory of the migration files, relative to the repository checkout.',
    },
    'migration-format': {
      type: 'String',
      default: 'auto',
      required: false,
      summary:
        "The migration tool whose files and ledger to use: auto (detected from the repository and the database: the tool's files, its marker file such as a knexfile, or its ledger), node-pg-migrate, knex, dbmate, golang-migrate, goose, flyway, prisma, drizzle or diesel.",
    },
    'knex-environment': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'knex: the knexfile environment whose migrations settings are used (directory, tableName, schemaName…; never its connection).',
    },
    'new-migrations': {
      type: 'Integer',
      default: '1',
      required: false,
      summary:
        'Outside pull_request events: how many of the newest migrations are new (linted and cycled; older ones only form the baseline).',
    },
    'lint-all': {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary: 'Lint every migration, not only the new ones.',
    },
    'pg-version': {
      type: 'Integer',
      default: '',
      required: false,
      summary:
        'PostgreSQL major version the migrations will run on in production, for version-aware rules.',
    },
    'deploy-strategy': {
      type: 'String',
      default: 'in-place',
      required: false,
      summary:
        'How production will get these migrations, for the lint rules: in-place (on the live database) or blue-green (on a copy fed by logical replication until traffic switches to it): blue-green adds the rules that keep migrations replication-compatible (additive).',
    },
    'fail-on': {
      type: 'String',
      default: 'error',
      required: false,
      summary: 'Fail the step on findings at or above this severity: error, warning or never.',
    },
    'seed-command': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'Shell command run after the baseline migrations, with DATABASE_URL set to the scratch database (e.g. load fixtures).',
    },
    'seed-file': {
      type: 'String',
      default: '',
      required: false,
      summary: 'SQL file loaded into the scratch database after the baseline migrations.',
    },
    'test-command': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'Shell command run after EACH new migration is applied (before its down), with DATABASE_URL set to the scratch database: a quick check of that one migration.',
    },
    'final-test-command': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'Shell command run ONCE after every new migration is applied, with DATABASE_URL set to the scratch database (e.g. npm test: the whole suite against the final schema).',
    },
    'required-tables': {
      type: 'List',
      default: '',
      required: false,
      summary:
        'Tables that must exist after the migrations (List; schema.table, schema defaults to public).',
    },
    'required-indexes': {
      type: 'List',
      default: '',
      required: false,
      summary:
        'Indexes that must exist after the migrations (List; schema.index, schema defaults to public).',
    },
    'required-foreign-keys': {
      type: 'List',
      default: '',
      required: false,
      summary:
        'Foreign keys that must exist after the migrations (List; a constraint name, or table(column)->table(column)).',
    },
    'schema-file': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'Committed schema snapshot to compare the final schema with (drift fails the step and shows the diff).',
    },
    'stats-database-url': {
      type: 'Secret URL',
      default: '',
      required: false,
      summary:
        "Read-only connection URL (e.g. production or a replica) whose catalog statistics (table sizes and row estimates, never rows) grade each migration's risk and estimate rewrite times, whose pg_stat_user_indexes shows the indexes a migration drops in use, and whose pg_stat_statements gives queries-from-stats.",
    },
    'queries-file': {
      type: 'String',
      default: '',
      required: false,
      summary:
        "SQL file of the application's representative queries, one statement each, optionally named by a `-- name: …` comment line above it, with literals or $n parameters (planned generically).",
    },
    'queries-from-stats': {
      type: 'Integer',
      default: '0',
      required: false,
      summary:
        'Also plan the N most time-consuming statements of pg_stat_statements on stats-database-url (0: none).',
    },
    'plans-database-url': {
      type: 'Secret URL',
      default: '',
      required: false,
      summary:
        'Connection URL of a production-sized copy (a restored nightly backup, a database branch) that no other session uses.',
    },
    'plan-regression-ratio': {
      type: 'Integer',
      default: '10',
      required: false,
      summary:
        'A query whose estimated cost grows by more than this factor is an error (a number above 1, e.g. 10 or 2.5).',
    },
    'plan-min-rows': {
      type: 'Integer',
      default: '100000',
      required: false,
      summary:
        "A query that loses its index scan on a table of at least this many rows (the planner's estimate on the copy) is an error.",
    },
    'plans-statement-timeout': {
      type: 'Duration',
      default: '10m',
      required: false,
      summary:
        'statement_timeout of every statement on plans-database-url (Duration; 0 for none): applying a migration to a production-sized copy takes as long as it will in production. lock_timeout there is 5s.',
    },
    'github-token': {
      type: 'String',
      default: '${{ github.token }}',
      required: false,
      summary: 'Token for the sticky PR comment (needs pull-requests: write).',
    },
    comment: {
      type: 'Boolean',
      default: 'true',
      required: false,
      summary: 'Post (and update in place) one sticky comment on the pull request.',
    },
    placeholders: {
      type: 'List',
      default: '',
      required: false,
      summary:
        "Values for the migration tool's placeholders (List of NAME=VALUE): Flyway's ${NAME}, over flyway.conf, flyway.toml and FLYWAY_PLACEHOLDERS_*.",
    },
    'migrations-table': {
      type: 'String',
      default: '',
      required: false,
      summary: "The migration tool's ledger of applied migrations.",
    },
    schema: {
      type: 'String',
      default: '',
      required: false,
      summary:
        'Schema of the ledger (created if missing); for node-pg-migrate also the search_path the migrations run with.',
    },
    'connect-timeout': {
      type: 'Duration',
      default: '10s',
      required: false,
      summary: 'How long to wait for a connection (Duration).',
    },
  },
  backup: {
    'database-url': {
      type: 'Secret URL',
      default: '',
      required: true,
      summary:
        'PostgreSQL connection URL of the database to back up (postgres://user:password@host:5432/db).',
    },
    path: {
      type: 'String',
      default: 'backups',
      required: false,
      summary: 'Directory the archive is written to (created when missing).',
    },
    name: {
      type: 'String',
      default: '{database}_{timestamp}',
      required: false,
      summary: 'Archive name template: {database} and {timestamp} (UTC YYYYMMDD_HHMMSS).',
    },
    format: {
      type: 'String',
      default: 'custom',
      required: false,
      summary:
        'pg_dump archive format: custom (one compressed file), directory (one file per table, allows parallel jobs) or plain (SQL text, restored with psql).',
    },
    compression: {
      type: 'String',
      default: '',
      required: false,
      summary:
        "pg_dump's own compression: gzip[:1-9], lz4[:1-12], zstd[:1-22] (lz4 and zstd need pg_dump 16+) or none, written as NAME.dump.",
    },
    jobs: {
      type: 'Integer',
      default: '1',
      required: false,
      summary: 'Parallel dump jobs; more than 1 needs format directory.',
    },
    'schema-only': {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary: 'Dump the schema (tables, indexes, functions, …) without any rows.',
    },
    'exclude-table-data': {
      type: 'List',
      default: '',
      required: false,
      summary:
        'Tables whose rows are left out while their definitions stay (List; pg_dump patterns such as public.audit_log or public.events_*).',
    },
    verify: {
      type: 'Boolean',
      default: 'true',
      required: false,
      summary: 'Write <name>.sha256 beside the archive and prove pg_restore --list reads it.',
    },
    's3-uri': {
      type: 'List',
      default: '',
      required: false,
      summary:
        'List of s3://BUCKET/PREFIX/ to upload the archive and its .sha256 to (newline-separated), each checked by size and checksum after the upload.',
    },
    'verify-restore': {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary:
        "Restore the backup into the empty scratch database verify-database-url and compare every table's row count and content checksum with the source, counted in the snapshot pg_dump dumps.",
    },
    'verify-database-url': {
      type: 'Secret URL',
      default: '',
      required: false,
      summary:
        'Connection URL of an EMPTY scratch database for verify-restore (required when verify-restore is true; a non-empty one is refused before the backup starts).',
    },
    'pg-bin': {
      type: 'String',
      default: '',
      required: false,
      summary: 'Directory holding pg_dump and pg_restore.',
    },
    'upload-artifact': {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary:
        'Upload the archive (every file of a directory-format archive) and its .sha256 as a GitHub artifact of this workflow run, for a later job or run to restore with artifact-name.',
    },
    'artifact-name': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'Name of the artifact (unique within the workflow run; no " : < > | * ? \\ / or line breaks).',
    },
    'retention-days': {
      type: 'Integer',
      default: '',
      required: false,
      summary: "Days GitHub keeps the artifact, 1 to 90 (capped at the repository's limit).",
    },
  },
  restore: {
    'database-url': {
      type: 'Secret URL',
      default: '',
      required: true,
      summary:
        'Connection URL of the database to restore into (postgres://user:password@host:5432/db).',
    },
    'backup-path': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'The archive to restore: a .dump, .dump.zst (the default backup), .sql or .sql.gz (pg_dump | gzip) file, or a directory-format directory (e.g. the backup-path output of backup).',
    },
    'artifact-name': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'Restore from this GitHub artifact instead (e.g. one backup uploaded with upload-artifact: true): it is downloaded into a fresh directory under RUNNER_TEMP, the one archive in it (a .dump, .dump.zst or .sql file, or a directory holding toc.dat) is checked against its .sha256 and restored, and the download is removed.',
    },
    'artifact-run-id': {
      type: 'Integer',
      default: '',
      required: false,
      summary:
        'The workflow run whose artifact-name to restore (the number in …/actions/runs/<id>), found through the REST API with github-token.',
    },
    'artifact-repository': {
      type: 'String',
      default: '',
      required: false,
      summary: 'Repository (owner/name) of artifact-run-id; only with artifact-run-id.',
    },
    'github-token': {
      type: 'String',
      default: '${{ github.token }}',
      required: false,
      summary:
        'Token that reads the artifacts of artifact-run-id (needs actions: read on artifact-repository; the default GITHUB_TOKEN does for this repository once the job grants actions: read).',
    },
    clean: {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary:
        "Drop the archive's objects in the target before recreating them (custom and directory formats).",
    },
    jobs: {
      type: 'Integer',
      default: '1',
      required: false,
      summary: 'Parallel restore jobs.',
    },
    confirm: {
      type: 'String',
      default: '',
      required: false,
      summary: "The target database's name.",
    },
    'pg-bin': {
      type: 'String',
      default: '',
      required: false,
      summary: 'Directory holding pg_restore (and psql for plain backups).',
    },
  },
  monitor: {
    mode: {
      type: 'String',
      default: 'watch',
      required: false,
      summary:
        'watch: probe the deployment for duration every interval and roll back when a check fails failure-threshold times in a row. preflight: check the database once (connectivity, connections, old transactions, lock waits, replica lag, INVALID indexes) and fail listing every check that failed.',
    },
    'database-url': {
      type: 'Secret URL',
      default: '',
      required: false,
      summary: 'PostgreSQL connection URL (postgres://user:password@host:5432/db).',
    },
    'connect-timeout': {
      type: 'Duration',
      default: '10s',
      required: false,
      summary: 'preflight: the database must accept a connection within this long (Duration).',
    },
    'max-active-connections': {
      type: 'Integer',
      default: '100',
      required: false,
      summary: 'Client sessions running a statement, at most (preflight and watch).',
    },
    'max-connections-usage': {
      type: 'String',
      default: '0.8',
      required: false,
      summary:
        "preflight: all sessions, as a share of the server's max_connections, at most (0.8 or 80%).",
    },
    'max-transaction-age': {
      type: 'Duration',
      default: '5m',
      required: false,
      summary: 'preflight: the oldest open transaction, at most (Duration).',
    },
    'max-lock-wait': {
      type: 'Duration',
      default: '5s',
      required: false,
      summary: 'The longest any session may wait for a lock (Duration; preflight and watch).',
    },
    'max-lock-waiters': {
      type: 'Integer',
      default: '0',
      required: false,
      summary: 'preflight: sessions waiting on a lock for longer than max-lock-wait, at most.',
    },
    'max-invalid-indexes': {
      type: 'Integer',
      default: '0',
      required: false,
      summary:
        'preflight: INVALID indexes (left by a failed CREATE INDEX CONCURRENTLY), at most; each one is named.',
    },
    'max-replication-lag': {
      type: 'Duration',
      default: '60s',
      required: false,
      summary:
        'Replay lag of the worst replica in pg_stat_replication, at most (Duration; preflight and watch).',
    },
    'health-url': {
      type: 'List',
      default: '',
      required: false,
      summary: 'watch: URLs that must answer expected-status within timeout (List).',
    },
    'expected-status': {
      type: 'String',
      default: '2xx',
      required: false,
      summary:
        'watch: healthy HTTP statuses: codes, classes and ranges separated by commas (2xx, 200,204, 200-399).',
    },
    'error-rate-url': {
      type: 'Secret URL',
      default: '',
      required: false,
      summary:
        'watch: a URL answering the current error rate: a JSON document of at most 32 MB (value at error-rate-json-path) or a Prometheus text exposition of any size, read line by line (value of error-rate-metric).',
    },
    'error-rate-json-path': {
      type: 'String',
      default: '',
      required: false,
      summary: 'watch: dotted path to the error rate in the JSON document (e.g. stats.error_rate).',
    },
    'error-rate-metric': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'watch: the Prometheus metric holding the error rate, with optional labels (e.g. http_error_ratio{service="api"}); the highest matching sample counts.',
    },
    'error-rate-threshold': {
      type: 'String',
      default: '0.05',
      required: false,
      summary: 'watch: the error rate must stay at or under this (0.05 or 5%).',
    },
    'max-deadlocks': {
      type: 'Integer',
      default: '0',
      required: false,
      summary: 'watch: deadlocks in the database since the watch began, at most.',
    },
    'max-rollback-ratio': {
      type: 'String',
      default: '0.1',
      required: false,
      summary:
        'watch: rolled-back share of the transactions ended since the watch began, at most (judged from 50 transactions on).',
    },
    duration: {
      type: 'Duration',
      default: '5m',
      required: false,
      summary: 'watch: how long to watch (Duration).',
    },
    interval: {
      type: 'Duration',
      default: '10s',
      required: false,
      summary: 'watch: time between the starts of two probe rounds (Duration).',
    },
    timeout: {
      type: 'Duration',
      default: '5s',
      required: false,
      summary:
        'watch: every probe and query of a round is abandoned, and counts as failed, after this long (Duration).',
    },
    'failure-threshold': {
      type: 'Integer',
      default: '3',
      required: false,
      summary:
        'watch: failures in a row of one check that make the deployment unhealthy, so one blip never rolls back.',
    },
    'rollback-command': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'watch: shell command (bash) run exactly once when the deployment turns unhealthy; it gets DB_DEPLOY_FAILED_CHECK, DB_DEPLOY_FAILED_CHECK_LABEL, DB_DEPLOY_FAILED_VALUE, DB_DEPLOY_FAILED_MESSAGE and DB_DEPLOY_FIRST_FAILURE_AT in its environment.',
    },
    'rollback-timeout': {
      type: 'Duration',
      default: '15m',
      required: false,
      summary: 'watch: the rollback command is killed after this long (Duration; 0 for no limit).',
    },
    'rollback-on-cancel': {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary: 'watch: also roll back when the job is cancelled during the watch.',
    },
  },
  'blue-green-switch': {
    command: {
      type: 'String',
      default: 'status',
      required: false,
      summary:
        'prepare (create green: schema copy + logical replication from blue, migrations applied to green), switch (traffic to green, blue then follows green), rollback (traffic back to blue, nothing lost; before a switch: green stops following), status, abort (drop green; after a switch it rolls back first), finish (stop blue following green after a switch).',
    },
    'database-url': {
      type: 'Secret URL',
      default: '',
      required: true,
      summary:
        'Connection URL of blue, the live database (postgres://user:password@host:5432/db), with the rights to create databases, publications and subscriptions.',
    },
    'green-database': {
      type: 'String',
      default: '',
      required: false,
      summary: "Name of the copy, on blue's server.",
    },
    'green-database-url': {
      type: 'Secret URL',
      default: '',
      required: false,
      summary:
        'Green on another server (postgres://user:password@host:5432/db; the database is created there): for clone-method logical or dump.',
    },
    'migrations-dir': {
      type: 'String',
      default: '',
      required: false,
      summary:
        'prepare: the directory of migrations to apply to green (they must be additive: validate with deploy-strategy blue-green).',
    },
    'migrations-table': {
      type: 'String',
      default: '',
      required: false,
      summary: "The migration tool's ledger (not replicated: green keeps its own record).",
    },
    'clone-method': {
      type: 'String',
      default: 'logical',
      required: false,
      summary:
        "How prepare makes green. logical: schema copy + logical replication, so green keeps receiving blue's writes until the switch (needs wal_level=logical on blue). template: CREATE DATABASE ... TEMPLATE blue, a file copy for a quiet database in a maintenance window (green on blue's server; nobody may be connected to blue). dump: pg_dump | pg_restore, a point-in-time copy (reads on blue go on; green may be on another server). template and dump make blue read-only from the copy until the switch or abort, so no write is lost.",
    },
    'terminate-connections': {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary:
        'template and dump: end the sessions connected to blue (they reconnect read-only) instead of refusing to copy. template also refuses new sessions of blue for the seconds of the copy.',
    },
    'pgbouncer-admin-url': {
      type: 'Secret URL',
      default: '',
      required: false,
      summary:
        'PgBouncer admin console URL (postgres://admin:pw@host:6432/pgbouncer; the user in admin_users).',
    },
    'pgbouncer-database': {
      type: 'String',
      default: '',
      required: false,
      summary: 'The [databases] entry clients use.',
    },
    'pgbouncer-config': {
      type: 'String',
      default: '',
      required: false,
      summary:
        "Path of pgbouncer.ini, which the runner must be able to write: the entry's dbname is repointed there before RELOAD.",
    },
    rename: {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary:
        "switch and rollback: swap the database names instead of repointing anything (blue's name then belongs to the migrated database), for applications that connect by name with nothing else routing them.",
    },
    'switch-command': {
      type: 'String',
      default: '',
      required: false,
      summary:
        "Shell command run at the switch point (inside the write pause when PgBouncer is given, before the names swap with rename), with DB_DEPLOY_ACTIVE_DATABASE and DB_DEPLOY_STANDBY_DATABASE in its environment, e.g. to repoint an application's secret.",
    },
    'accept-lost-writes': {
      type: 'Boolean',
      default: 'false',
      required: false,
      summary:
        'rollback: go back to blue even when blue does not follow green (template or dump with a green server without wal_level=logical), losing the writes green took since the switch.',
    },
    'max-lag': {
      type: 'Integer',
      default: '16777216',
      required: false,
      summary: 'Refuse to switch while green is more than this many bytes of WAL behind blue.',
    },
    'max-transaction-age': {
      type: 'Duration',
      default: '5m',
      required: false,
      summary:
        'Refuse to switch while blue has a transaction older than this (Duration): PAUSE would wait for it (and give up at switch-timeout).',
    },
    'switch-timeout': {
      type: 'Duration',
      default: '10s',
      required: false,
      summary:
        'Everything from PAUSE to RESUME must finish within this (Duration), or it is all reverted and traffic resumes on the old side; the database is never left paused.',
    },
    'sync-timeout': {
      type: 'Duration',
      default: '30m',
      required: false,
      summary: 'prepare: the initial copy of blue into green must finish within this (Duration).',
    },
    'connect-timeout': {
      type: 'Duration',
      default: '10s',
      required: false,
      summary: 'How long to wait for a database or PgBouncer connection (Duration).',
    },
    'pg-bin': {
      type: 'String',
      default: '',
      required: false,
      summary: 'Directory holding pg_dump and pg_restore for the schema copy.',
    },
  },
  root: {
    command: {
      type: 'String',
      default: 'migrate',
      required: false,
      summary: 'Which db-deploy action to run.',
    },
    'blue-green-command': {
      type: 'String',
      default: 'status',
      required: false,
      summary:
        'blue-green-switch: prepare (create green: schema copy + logical replication from blue, migrations applied to green), switch (traffic to green, blue then follows green), rollback (traffic back to blue, nothing lost; before a switch: green stops following), status, abort (drop green; after a switch it rolls back first), finish (stop blue following green after a switch).',
    },
  },
} as const;

/** Every output each action declares. */
export const ACTION_OUTPUTS = {
  migrate: [
    'applied',
    'applied-count',
    'pending-count',
    'last-migration',
    'duration-ms',
    'report-json',
    'dry-run-sql',
    'targets-count',
    'succeeded-count',
    'failed-count',
    'skipped-count',
    'failed-targets',
  ],
  validate: [
    'passed',
    'destructive',
    'findings-count',
    'plan-regressions',
    'report-json',
    'report-markdown',
    'schema-file',
  ],
  backup: [
    'backup-path',
    'backup-name',
    'size-bytes',
    'sha256',
    'duration-ms',
    'pg-dump-version',
    'verified-restore',
    'artifact-id',
    'artifact-digest',
    'report-json',
  ],
  restore: ['restored-tables', 'duration-ms', 'artifact-id', 'report-json'],
  monitor: [
    'verdict',
    'healthy',
    'rolled-back',
    'failed-check',
    'first-failure-at',
    'rollback-exit-code',
    'rounds',
    'passed',
    'failed-checks',
    'server-version',
    'server-version-num',
    'database-size-bytes',
    'active-connections',
    'total-connections',
    'max-connections',
    'oldest-transaction-seconds',
    'lock-waiters',
    'replication-lag-seconds',
    'replication-lag-bytes',
    'replicas',
    'invalid-indexes',
    'duration-ms',
    'report-json',
  ],
  'blue-green-switch': [
    'active-database',
    'standby-database',
    'phase',
    'pause-ms',
    'replication-lag-bytes',
    'duration-ms',
    'report-json',
  ],
} as const;

/** An action folder. */
export type ActionName = keyof typeof ACTION_INPUTS;
/** The inputs every action of `A` declares (for a union, the inputs they share). */
export type InputName<A extends ActionName> = keyof (typeof ACTION_INPUTS)[A] & string;
/** The declared type of an input. */
export type InputType = 'String' | 'Secret URL' | 'Duration' | 'Boolean' | 'Integer' | 'List';
/** The inputs of `A` declared with type `T`. */
export type InputOfType<A extends ActionName, T extends InputType> = {
  [K in InputName<A>]: (typeof ACTION_INPUTS)[A][K] extends { type: T } ? K : never;
}[InputName<A>];
/** The outputs `A` declares. */
export type OutputName<A extends keyof typeof ACTION_OUTPUTS> = (typeof ACTION_OUTPUTS)[A][number];
