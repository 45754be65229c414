import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { QueryInt } from './validation';
import { InvalidInput } from './errors';

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @QueryInt()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be between 1 and 200' })
  @Max(200, { message: 'must be between 1 and 200' })
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque; nextCursor of the previous page' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(200, { message: 'is not a cursor from this API' })
  cursor?: string;
}

/** Keyset position: the sort value and id of the last row of the previous page. */
export interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(at: Date | string, id: string): string {
  return Buffer.from(JSON.stringify([new Date(at).toISOString(), id])).toString('base64url');
}

const CURSOR_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A cursor is opaque but not trusted: it comes back from the client and reaches SQL as a
 * timestamptz and a uuid. Only what encodeCursor writes is accepted (an instant that round-trips
 * through toISOString, in years 0000–9999, and a UUID), so a forged one is a 400, never a 22007 /
 * 22008 / 22P02 from PostgreSQL (docs/security.md, "Forged cursors").
 */
export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (cursor === undefined) return null;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2) {
      const [at, id] = decoded as unknown[];
      if (typeof at === 'string' && typeof id === 'string' && CURSOR_INSTANT.test(at) && UUID.test(id) && roundTrips(at)) {
        return { at, id };
      }
    }
  } catch {
    // fall through
  }
  throw new InvalidInput([{ field: 'cursor', problem: 'is not a cursor from this API' }]);
}

function roundTrips(instant: string): boolean {
  const time = Date.parse(instant);
  return !Number.isNaN(time) && new Date(time).toISOString() === instant;
}

/** Takes limit+1 rows, returns one page and the cursor for the next. */
export function page<T>(rows: T[], limit: number, key: (row: T) => [Date | string, string]): { items: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  return { items, nextCursor: encodeCursor(...key(items[items.length - 1])) };
}
