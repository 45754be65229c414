import { approachMonths, approachSummary } from './approach-months';

describe('approachMonths', () => {
  const { rows, used } = approachMonths(
    [
      { month: '2026-05', counts: { attachment_based: 1, mbct: 3 } },
      { month: '2026-07', counts: { eft: 2, schema: 1, made_up: 1 } },
    ],
    ['2026-05', '2026-06', '2026-07'],
  );

  it('keeps empty months and counts per approach', () => {
    expect(rows.map((r) => [r.month, r.label, r.total])).toEqual([
      ['2026-05', 'May 2026', 4],
      ['2026-06', 'Jun 2026', 0],
      ['2026-07', 'Jul 2026', 4],
    ]);
    expect(rows[2].counts).toMatchObject({ eft: 2, schema: 1, other: 1, mbct: 0 });
  });

  it('lists the approaches used, in the vocabulary’s order', () => {
    expect(used).toEqual(['attachment_based', 'eft', 'mbct', 'schema', 'other']);
  });

  it('adds a month of the data that lies outside the asked months', () => {
    const { rows: more } = approachMonths([{ month: '2026-08', counts: { cbt: 1 } }], ['2026-07']);
    expect(more.map((r) => r.month)).toEqual(['2026-07', '2026-08']);
  });

  it('summarises the counts, most used first', () => {
    expect(approachSummary(rows, used)).toBe(
      '8 intervention notes over 3 months: Mindfulness / MBCT 3, Emotionally Focused Therapy 2, Attachment-based 1, Schema Therapy 1, Other 1.',
    );
    expect(approachSummary([], [])).toBe('No intervention notes in this period.');
  });
});
