import { Param, ParseUUIDPipe } from '@nestjs/common';
import { InvalidInput } from './errors';

/** `@IdParam() id: string` — a path id that is not a UUID is a 400 naming it, not a SQL error. */
export const IdParam = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ version: undefined, exceptionFactory: () => new InvalidInput([{ field: name, problem: 'must be a UUID' }]) }));
