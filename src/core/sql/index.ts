/**
 * The sql concern's public surface: the PostgreSQL parser (libpg-query, loaded lazily) and the
 * statement model built on it.
 */
export {
  byteToChar,
  isAscii,
  lastStatementEnd,
  lineColumn,
  loadParser,
  MAX_PARSE_BYTES,
  parsePlpgsqlBody,
  parseSql,
  scanTokens,
  withoutKeyword,
} from './parse.js';
export type { EmbeddedIn, ParsedStatement } from './parse.js';
