import { types } from 'pg';

/**
 * Instants (timestamptz) leave the database as ISO-8601 strings in UTC with milliseconds,
 * exactly the text the API sends (what JSON.stringify makes of a Date). Rows then match the
 * DTOs, which say `string`, and a keyset cursor carries the same text it was read as.
 * Parsed by pg's own parser first, so the value is the one a Date would have held.
 * (Calendar dates, DATE, stay 'YYYY-MM-DD' text: data-source.ts.)
 */
const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ);

types.setTypeParser(types.builtins.TIMESTAMPTZ, (text: string) => {
  const value: unknown = parseTimestamptz(text);
  // 'infinity' parses to a number, not a Date; no column stores one, but never throw on it.
  return value instanceof Date ? value.toISOString() : text;
});
