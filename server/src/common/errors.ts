import { HttpException, HttpStatus } from '@nestjs/common';

export interface FieldProblem {
  field: string;
  problem: string;
}

/** 400 with the fields named; the one shape every validation failure takes. */
export class InvalidInput extends HttpException {
  constructor(
    readonly details: FieldProblem[],
    message = 'The request has invalid fields',
  ) {
    super({ message, details }, HttpStatus.BAD_REQUEST);
  }
}

/** Out of scope and nonexistent look the same (docs/api.md, "Out of scope is 404"). */
export class NotFound extends HttpException {
  constructor(what = 'Record') {
    super(`${what} not found`, HttpStatus.NOT_FOUND);
  }
}

export class Forbidden extends HttpException {
  constructor(message = 'Your role does not allow this') {
    super(message, HttpStatus.FORBIDDEN);
  }
}

/** Optimistic-lock failure; carries the version now stored so the client can reconcile. */
export class StaleVersion extends HttpException {
  constructor(currentVersion: number | null, message = 'This record was changed by someone else') {
    super({ message, currentVersion }, HttpStatus.CONFLICT);
  }
}

export class Conflict extends HttpException {
  constructor(message: string) {
    super(message, HttpStatus.CONFLICT);
  }
}

/** 429 with Retry-After (seconds), set by the exception filter. */
export class TooManyAttempts extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many sign-in attempts; try again later', HttpStatus.TOO_MANY_REQUESTS);
  }
}
