import {
  formatClockTime,
  formatOffset,
  isoToLocalInput,
  localInputToIso,
  offsetAt,
  parseLocalInput,
  roundToQuarter,
  toLocalInput,
} from './local-time';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const KOLKATA = 'Asia/Kolkata';

describe('roundToQuarter', () => {
  it('goes to the nearest quarter hour and drops the seconds', () => {
    const at = (h: number, m: number, s = 0) => new Date(Date.UTC(2026, 2, 2, h, m, s));
    expect(roundToQuarter(at(10, 7, 29))).toEqual(at(10, 0));
    expect(roundToQuarter(at(10, 8))).toEqual(at(10, 15));
    expect(roundToQuarter(at(10, 52, 31))).toEqual(at(11, 0));
    expect(roundToQuarter(at(23, 55))).toEqual(new Date(Date.UTC(2026, 2, 3, 0, 0)));
  });
});

describe('formatOffset', () => {
  it('writes minutes east of UTC as ±HH:MM', () => {
    expect(formatOffset(0)).toBe('+00:00');
    expect(formatOffset(60)).toBe('+01:00');
    expect(formatOffset(-300)).toBe('-05:00');
    expect(formatOffset(330)).toBe('+05:30');
    expect(formatOffset(-570)).toBe('-09:30');
  });
});

describe('offsetAt', () => {
  it('follows daylight saving', () => {
    expect(offsetAt(new Date('2026-01-15T12:00:00Z'), BERLIN)).toBe(60);
    expect(offsetAt(new Date('2026-07-15T12:00:00Z'), BERLIN)).toBe(120);
    expect(offsetAt(new Date('2026-07-15T12:00:00Z'), NEW_YORK)).toBe(-240);
    expect(offsetAt(new Date('2026-07-15T12:00:00Z'), KOLKATA)).toBe(330);
    expect(offsetAt(new Date('2026-07-15T12:00:00Z'), 'UTC')).toBe(0);
  });
});

describe('localInputToIso', () => {
  it('sends winter and summer times with the offset of that day', () => {
    expect(localInputToIso('2026-01-15T09:30', BERLIN)).toBe('2026-01-15T09:30:00+01:00');
    expect(localInputToIso('2026-07-15T09:30', BERLIN)).toBe('2026-07-15T09:30:00+02:00');
    expect(localInputToIso('2026-03-02T15:00', NEW_YORK)).toBe('2026-03-02T15:00:00-05:00');
    expect(localInputToIso('2026-06-02T15:00:45', NEW_YORK)).toBe('2026-06-02T15:00:45-04:00');
    expect(localInputToIso('2026-03-02T15:00', KOLKATA)).toBe('2026-03-02T15:00:00+05:30');
  });
  it('writes +00:00 rather than dropping the offset', () => {
    expect(localInputToIso('2026-03-02T15:00', 'UTC')).toBe('2026-03-02T15:00:00+00:00');
  });
  it('names the instant the server will store', () => {
    expect(Date.parse(localInputToIso('2026-07-15T09:30', BERLIN) as string)).toBe(Date.UTC(2026, 6, 15, 7, 30));
    expect(parseLocalInput('2026-03-02T15:00', NEW_YORK)?.toISOString()).toBe('2026-03-02T20:00:00.000Z');
  });
  it('keeps the first of the two 02:30s when the clocks go back', () => {
    expect(localInputToIso('2026-10-25T02:30', BERLIN)).toMatch(/^2026-10-25T02:30:00\+0[12]:00$/);
    expect(localInputToIso('2026-10-25T03:30', BERLIN)).toBe('2026-10-25T03:30:00+01:00');
  });
  it('rejects a time skipped when the clocks go forward, and dates that do not exist', () => {
    expect(localInputToIso('2026-03-29T02:30', BERLIN)).toBeNull();
    expect(localInputToIso('2026-03-29T03:00', BERLIN)).toBe('2026-03-29T03:00:00+02:00');
    expect(localInputToIso('2026-04-31T10:00', BERLIN)).toBeNull();
    expect(localInputToIso('2026-02-29T10:00', BERLIN)).toBeNull();
    expect(localInputToIso('2028-02-29T10:00', BERLIN)).toBe('2028-02-29T10:00:00+01:00');
  });
  it('rejects what is not a datetime-local value', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('tomorrow')).toBeNull();
    expect(localInputToIso('2026-03-02 15:00')).toBeNull();
    expect(localInputToIso('2026-03-02T25:00')).toBeNull();
  });
});

describe('isoToLocalInput and back', () => {
  it('shows a server instant as local wall-clock time', () => {
    expect(isoToLocalInput('2026-11-22T15:00:00.000Z', BERLIN)).toBe('2026-11-22T16:00');
    expect(isoToLocalInput('2026-07-15T07:30:00Z', BERLIN)).toBe('2026-07-15T09:30');
    expect(isoToLocalInput('2026-03-02T15:00:00+01:00', NEW_YORK)).toBe('2026-03-02T09:00');
    expect(isoToLocalInput('not a date')).toBe('');
  });
  it('round-trips to the same instant', () => {
    const iso = localInputToIso(isoToLocalInput('2026-11-22T15:00:00.000Z', BERLIN), BERLIN) as string;
    expect(iso).toBe('2026-11-22T16:00:00+01:00');
    expect(Date.parse(iso)).toBe(Date.parse('2026-11-22T15:00:00.000Z'));
  });
  it('rounds and formats the default start', () => {
    const now = new Date(Date.UTC(2026, 10, 29, 9, 52));
    expect(toLocalInput(roundToQuarter(now), BERLIN)).toBe('2026-11-29T10:45');
    expect(toLocalInput(roundToQuarter(new Date(Date.UTC(2026, 10, 29, 9, 53))), BERLIN)).toBe('2026-11-29T11:00');
    expect(formatClockTime(now, BERLIN)).toBe('10:52');
    expect(formatClockTime(new Date(Date.UTC(2026, 10, 29, 23, 5)), BERLIN)).toBe('00:05');
  });
  it('uses the browser zone when none is named', () => {
    const at = new Date(2026, 5, 1, 14, 45);
    expect(toLocalInput(at)).toBe('2026-06-01T14:45');
    expect(parseLocalInput('2026-06-01T14:45')?.getTime()).toBe(at.getTime());
  });
});
