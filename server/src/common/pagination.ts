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
  return Buffer.from(JSON.stringify([at instanceof Date ? at.toISOString() : at, id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (cursor === undefined) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/i.test(id)) {
      return { at, id };
    }
  } catch {
    // fall through
  }
  throw new InvalidInput([{ field: 'cursor', problem: 'is not a cursor from this API' }]);
}

/** Takes limit+1 rows, returns one page and the cursor for the next. */
export function page<T>(rows: T[], limit: number, key: (row: T) => [Date | string, string]): { items: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  return { items, nextCursor: encodeCursor(...key(items[items.length - 1])) };
}
