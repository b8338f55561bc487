import { assertNever } from '../../errors.js';
import type { FormatName, MigrationFormat } from '../engine/types.js';
import { nodePgMigrateFormat } from './node-pg-migrate/index.js';
import { dbmateFormat } from './dbmate/index.js';
import { golangMigrateFormat } from './golang-migrate/index.js';
import { gooseFormat } from './goose/index.js';
import { flywayFormat } from './flyway/index.js';
import { prismaFormat } from './prisma/index.js';
import { drizzleFormat } from './drizzle/index.js';
import { dieselFormat } from './diesel/index.js';
import { knexFormat } from './knex/index.js';

/** A fresh instance of a format (formats keep what they load during one run). */
export function createFormat(name: FormatName): MigrationFormat {
  switch (name) {
    case 'node-pg-migrate':
      return nodePgMigrateFormat();
    case 'dbmate':
      return dbmateFormat();
    case 'golang-migrate':
      return golangMigrateFormat();
    case 'goose':
      return gooseFormat();
    case 'flyway':
      return flywayFormat();
    case 'prisma':
      return prismaFormat();
    case 'drizzle':
      return drizzleFormat();
    case 'diesel':
      return dieselFormat();
    case 'knex':
      return knexFormat();
    default:
      return assertNever(name);
  }
}
