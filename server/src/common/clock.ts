import { Injectable } from '@nestjs/common';

/** The app's only source of "now", so tests can move time (session limits, throttling). */
@Injectable()
export class Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Tests only: jump forward (or back) in time. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
