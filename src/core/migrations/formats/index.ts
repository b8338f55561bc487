import { assertNever } from '../../errors.js';
import type { FormatName, MigrationFormat } from '../engine/types.js';
import { nodePgMigrateFormat } from './node-pg-migrate/index.js';
import { knexFormat } from './knex/index.js';

/** A fresh instance of a format (formats keep what they load during one run). */
export function createFormat(name: FormatName): MigrationFormat {
  switch (name) {
    case 'node-pg-migrate':
      return nodePgMigrateFormat();
    case 'knex':
      return knexFormat();
    default:
      return assertNever(name);
  }
}
