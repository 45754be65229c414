import {
  byNewest,
  changeSpan,
  countByInstrument,
  formatRci,
  groupByInstrument,
  instrumentFilterSearch,
  isAwaitingReview,
  parseInstrumentFilter,
  verdictText,
  type Measure,
} from './measure-groups';

let n = 0;
function measure(instrument: string, administeredOn: string, scores: Record<string, number>, createdAt?: string): Measure {
  n += 1;
  return {
    id: `m${String(n).padStart(3, '0')}`,
    clientId: 'c1',
    instrument: instrument as Measure['instrument'],
    administeredOn,
    responses: [],
    scores,
    band: null,
    flags: [],
    sessionId: null,
    createdAt: createdAt ?? `${administeredOn}T12:00:00.000Z`,
    source: 'clinician',
    invitationId: null,
    reviewedAt: null,
    reviewedBy: null,
  };
}

describe('isAwaitingReview', () => {
  it('is true for a client’s result until someone marks it reviewed, never for the clinician’s', () => {
    const mine = measure('phq9', '2026-05-03', { total: 4 });
    expect(isAwaitingReview(mine)).toBe(false);
    const theirs: Measure = { ...mine, source: 'client', invitationId: 'i1' };
    expect(isAwaitingReview(theirs)).toBe(true);
    const reviewed: Measure = { ...theirs, reviewedAt: '2026-05-04T09:00:00Z', reviewedBy: 'u1' };
    expect(isAwaitingReview(reviewed)).toBe(false);
  });
});

describe('groupByInstrument', () => {
  const phqFirst = measure('phq9', '2026-01-05', { total: 18 });
  const phqMiddle = measure('phq9', '2026-02-02', { total: 12 });
  // Entered last, but administered before the others: it is the first measure.
  const phqBackEntered = measure('phq9', '2025-12-15', { total: 19 }, '2026-03-01T09:00:00.000Z');
  const phqLatest = measure('phq9', '2026-03-02', { total: 7 });
  const gad = [measure('gad7', '2026-01-05', { total: 8 }), measure('gad7', '2026-03-02', { total: 10 })];
  const rses = [measure('rses', '2026-01-05', { total: 12 }), measure('rses', '2026-03-02', { total: 20 })];
  const ecr = [measure('ecr_r', '2026-01-05', { anxiety: 5.5, avoidance: 2.1 }), measure('ecr_r', '2026-03-02', { anxiety: 3.25, avoidance: 2 })];
  const all = [phqMiddle, ...ecr, phqLatest, ...gad, phqFirst, ...rses, phqBackEntered];

  it('groups by instrument in catalogue order, each newest administered first', () => {
    const groups = groupByInstrument(all);
    expect(groups.map((g) => g.instrument)).toEqual(['phq9', 'gad7', 'rses', 'ecr_r']);
    expect(groups[0].items.map((i) => i.administeredOn)).toEqual(['2026-03-02', '2026-02-02', '2026-01-05', '2025-12-15']);
  });

  it('filters to one instrument', () => {
    expect(groupByInstrument(all, 'gad7').map((g) => g.instrument)).toEqual(['gad7']);
    expect(groupByInstrument(all, 'ecr_rs')).toEqual([]);
  });

  it('gives reliable change between the first and the latest measure, per scale', () => {
    const [phq, gad7, rsesGroup, ecrGroup] = groupByInstrument(all);
    expect(phq.changes).toHaveLength(1);
    expect(phq.changes[0].first).toBe(phqBackEntered);
    expect(phq.changes[0].latest).toBe(phqLatest);
    expect(phq.changes[0].change?.verdict).toBe('improved');
    expect(verdictText(phq.changes[0].change)).toBe('Reliably improved');
    expect(changeSpan('phq9', phq.changes[0])).toBe('19 → 7');
    // 8 → 10 on the GAD-7 is within measurement error.
    expect(verdictText(gad7.changes[0].change)).toBe('No reliable change');
    // Self-esteem: higher is better.
    expect(verdictText(rsesGroup.changes[0].change)).toBe('Reliably improved');
    // ECR-R has no confirmed SD and r: "No verdict".
    expect(ecrGroup.changes.map((c) => c.scale)).toEqual(['anxiety', 'avoidance']);
    expect(ecrGroup.changes.map((c) => verdictText(c.change))).toEqual(['No verdict', 'No verdict']);
    expect(changeSpan('ecr_r', ecrGroup.changes[0])).toBe('5.50 → 3.25');
  });

  it('says worse when a lower-is-better score rises reliably', () => {
    const worse = groupByInstrument([measure('gad7', '2026-01-05', { total: 4 }), measure('gad7', '2026-03-02', { total: 15 })]);
    expect(verdictText(worse[0].changes[0].change)).toBe('Reliably worse');
  });

  it('gives no change with a single measure', () => {
    expect(groupByInstrument([phqFirst])[0].changes).toEqual([]);
  });

  it('leaves out what is not a known instrument', () => {
    expect(groupByInstrument([measure('bdi', '2026-01-01', { total: 3 })])).toEqual([]);
  });
});

describe('byNewest', () => {
  it('orders by measure date, then by entry', () => {
    const a = measure('phq9', '2026-03-02', { total: 1 }, '2026-03-02T09:00:00Z');
    const b = measure('phq9', '2026-03-02', { total: 2 }, '2026-03-02T10:00:00Z');
    const c = measure('phq9', '2026-03-01', { total: 3 }, '2026-03-05T10:00:00Z');
    expect([a, c, b].sort(byNewest)).toEqual([b, a, c]);
  });
});

describe('formatRci', () => {
  it('writes a true minus and two decimals', () => {
    expect(formatRci(-3.1)).toBe('−3.10');
    expect(formatRci(1.2)).toBe('1.20');
    expect(formatRci(0)).toBe('0.00');
  });
});

describe('countByInstrument', () => {
  it('counts each instrument', () => {
    expect(
      countByInstrument([
        measure('phq9', '2026-01-01', { total: 1 }),
        measure('phq9', '2026-01-02', { total: 1 }),
        measure('ecr_rs', '2026-01-02', { anxiety: 1, avoidance: 1 }),
      ]),
    ).toEqual({ phq9: 2, ecr_rs: 1 });
  });
});

describe('instrument filter in the address', () => {
  it('reads and writes ?instrument=, keeping the tab', () => {
    expect(parseInstrumentFilter(new URLSearchParams('tab=questionnaires&instrument=gad7'))).toBe('gad7');
    expect(parseInstrumentFilter(new URLSearchParams('instrument=bdi'))).toBeNull();
    const params = new URLSearchParams('tab=questionnaires');
    expect(instrumentFilterSearch(params, 'rses').toString()).toBe('tab=questionnaires&instrument=rses');
    expect(instrumentFilterSearch(new URLSearchParams('tab=questionnaires&instrument=rses'), null).toString()).toBe('tab=questionnaires');
  });
});
