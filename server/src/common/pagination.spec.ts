import { decodeCursor, encodeCursor, page } from './pagination';
import { InvalidInput } from './errors';

describe('cursors', () => {
  it('round-trips a position', () => {
    const id = '6f1c1a52-1d2e-4c55-9d7e-0a6f2b8c9d10';
    expect(decodeCursor(encodeCursor(new Date('2026-03-02T15:00:00.123Z'), id))).toEqual({ at: '2026-03-02T15:00:00.123Z', id });
  });

  it.each(['', 'zzz', Buffer.from('["not a date","x"]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')])(
    'rejects %p with a 400 naming cursor',
    (c) => {
      expect(() => decodeCursor(c)).toThrow(InvalidInput);
    },
  );

  const forged = (at: unknown, id: unknown = '6f1c1a52-1d2e-4c55-9d7e-0a6f2b8c9d10') => Buffer.from(JSON.stringify([at, id])).toString('base64url');
  it.each([
    ['a number-like text', forged('1')],
    ['text PostgreSQL cannot read as a time', forged('2026-01-01 (x)')],
    ['a day that does not exist', forged('2026-02-30T00:00:00.000Z')],
    ["an instant outside PostgreSQL's range", forged('-271821-04-20T00:00:00.000Z')],
    ['an instant not written by this API', forged('2026-02-01T00:00:00Z')],
    ['an id of 36 dashes', forged('2026-02-01T00:00:00.000Z', '-'.repeat(36))],
    ['a third element', Buffer.from(JSON.stringify(['2026-02-01T00:00:00.000Z', '6f1c1a52-1d2e-4c55-9d7e-0a6f2b8c9d10', 1])).toString('base64url')],
    ['a non-string id', forged('2026-02-01T00:00:00.000Z', 7)],
  ])('rejects a forged cursor holding %s', (_what, c) => {
    expect(() => decodeCursor(c)).toThrow(InvalidInput);
  });

  it('writes the same instant whether the row carries a Date or text', () => {
    const id = '6f1c1a52-1d2e-4c55-9d7e-0a6f2b8c9d10';
    expect(encodeCursor('2026-03-02 15:00:00.123+00', id)).toBe(encodeCursor(new Date('2026-03-02T15:00:00.123Z'), id));
  });

  it('pages limit+1 rows into a page and a cursor to the last row', () => {
    const rows = [1, 2, 3].map((n) => ({ at: `2026-01-0${n}T00:00:00.000Z`, id: `00000000-0000-4000-8000-00000000000${n}` }));
    const p = page(rows, 2, (r) => [r.at, r.id]);
    expect(p.items).toEqual(rows.slice(0, 2));
    expect(decodeCursor(p.nextCursor!)).toEqual({ at: rows[1].at, id: rows[1].id });
    expect(page(rows, 3, (r) => [r.at, r.id]).nextCursor).toBeNull();
  });
});
