import {
  formPathForDetail,
  newIntervention,
  newSessionForm,
  sameSessionBody,
  sessionErrorsFromDetails,
  sessionFormFromSession,
  toSessionBody,
  validateSessionForm,
  type SessionFormValues,
  type SessionGoal,
} from './session-form';

const TZ = 'Europe/Berlin';
const now = new Date('2026-03-02T14:07:00Z'); // 15:07 in Berlin
const A = '0702943c-61f8-4f36-904e-fe34c2471459';
const B = '83b9f5dc-6a3a-41f0-aecb-66072d45c59f';
const PAUSED = '0f3b4102-c77b-4a77-835f-508d41309351';
const goals: SessionGoal[] = [
  { id: A, status: 'active' },
  { id: B, status: 'active' },
  { id: PAUSED, status: 'paused' },
];
const ctx = { now, goals, timeZone: TZ };

function form(overrides: Partial<SessionFormValues> = {}): SessionFormValues {
  return { ...newSessionForm(now, TZ), ...overrides };
}

describe('newSessionForm', () => {
  it('starts now, rounded to the quarter hour, 50 minutes, individual, in person, attended', () => {
    expect(newSessionForm(now, TZ)).toEqual({
      startedAt: '2026-03-02T15:00',
      durationMinutes: 50,
      modality: 'individual',
      setting: 'in_person',
      attendance: 'attended',
      ratings: {},
      patterns: {},
      interventions: [],
      summary: '',
      plan: '',
    });
  });
});

describe('validateSessionForm', () => {
  it('accepts the defaults', () => {
    expect(validateSessionForm(form(), ctx)).toEqual({});
  });
  it('keeps the duration to whole minutes from 1 to 600', () => {
    expect(validateSessionForm(form({ durationMinutes: 0 }), ctx)).toHaveProperty('durationMinutes');
    expect(validateSessionForm(form({ durationMinutes: 601 }), ctx)).toHaveProperty('durationMinutes');
    expect(validateSessionForm(form({ durationMinutes: 45.5 }), ctx)).toHaveProperty('durationMinutes');
    expect(validateSessionForm(form({ durationMinutes: '' }), ctx)).toEqual({ durationMinutes: 'Required' });
    expect(validateSessionForm(form({ durationMinutes: 600 }), ctx)).toEqual({});
    expect(validateSessionForm(form({ durationMinutes: 1 }), ctx)).toEqual({});
  });
  it('allows up to a day ahead, not more', () => {
    expect(validateSessionForm(form({ startedAt: '2026-03-03T15:07' }), ctx)).toEqual({});
    expect(validateSessionForm(form({ startedAt: '2026-03-03T15:08' }), ctx)).toEqual({
      startedAt: 'Must not be more than a day in the future',
    });
  });
  it('rejects a start that never showed on the clock, or none', () => {
    expect(validateSessionForm(form({ startedAt: '2026-03-29T02:30' }), ctx).startedAt).toMatch(/exists/);
    expect(validateSessionForm(form({ startedAt: '' }), ctx)).toEqual({ startedAt: 'Required' });
    expect(validateSessionForm(form({ startedAt: '1899-12-31T10:00' }), ctx)).toEqual({ startedAt: 'Must be after 1900' });
  });
  it('keeps ratings to whole numbers 0–10 and wants a rating beside a comment', () => {
    const errors = validateSessionForm(form({ ratings: { [A]: { rating: 11, comment: '' }, [B]: { rating: null, comment: 'calmer' } } }), ctx);
    expect(errors).toEqual({
      [`ratings.${A}.rating`]: 'Must be a whole number from 0 to 10',
      [`ratings.${B}.rating`]: 'Give a rating to keep this comment, or clear the comment',
    });
    expect(validateSessionForm(form({ ratings: { [A]: { rating: 2.5, comment: '' } } }), ctx)).toHaveProperty([`ratings.${A}.rating`]);
    expect(validateSessionForm(form({ ratings: { [A]: { rating: 0, comment: '' } } }), ctx)).toEqual({});
  });
  it('needs an approach on every intervention and keeps goals to this client', () => {
    const errors = validateSessionForm(
      form({ interventions: [newIntervention('x'), { ...newIntervention('y'), approach: 'cbt', goalIds: ['someone-else'] }] }),
      ctx,
    );
    expect(errors).toEqual({
      'interventions.0.approach': 'Choose an approach',
      'interventions.1.goalIds': "Choose from this client's goals",
    });
  });
  it('limits techniques to 20 of at most 100 characters', () => {
    const many = Array.from({ length: 21 }, (_, i) => `t${i}`);
    expect(validateSessionForm(form({ interventions: [{ ...newIntervention('x'), approach: 'cbt', techniques: many }] }), ctx)).toEqual({
      'interventions.0.techniques': 'At most 20 techniques',
    });
    expect(
      validateSessionForm(form({ interventions: [{ ...newIntervention('x'), approach: 'cbt', techniques: ['x'.repeat(101)] }] }), ctx),
    ).toHaveProperty(['interventions.0.techniques']);
  });
  it('does not check ratings or interventions of a missed session (they are not sent)', () => {
    const missed = form({
      attendance: 'no_show',
      ratings: { [A]: { rating: null, comment: 'orphan comment' } },
      interventions: [newIntervention('x')],
    });
    expect(validateSessionForm(missed, ctx)).toEqual({});
  });
  it('limits summary and plan to 20,000 characters and pattern intensity to 0–3', () => {
    expect(validateSessionForm(form({ summary: 'x'.repeat(20_001), patterns: { low_self_worth: 4 } }), ctx)).toEqual({
      summary: 'Must be at most 20,000 characters',
      'patterns.low_self_worth': 'Intensity must be 0 to 3',
    });
  });
});

describe('toSessionBody', () => {
  const values = form({
    startedAt: '2026-03-02T15:00',
    durationMinutes: '45',
    setting: 'telehealth',
    ratings: {
      [B]: { rating: 7, comment: '  ' },
      [A]: { rating: 4, comment: ' Held the pause ' },
      [PAUSED]: { rating: 5, comment: '' },
      'deleted-goal': { rating: 5, comment: '' },
    },
    patterns: { reassurance_seeking: 2, fear_of_abandonment: 0 },
    interventions: [{ key: 'k', approach: 'eft', techniques: [' heightening ', 'heightening', '', 'my own'], note: '  ', goalIds: [A, A, 'gone'] }],
    summary: '  Arrived anxious.  ',
    plan: '',
  });

  it('sends an instant with offset, one rating per active goal in goal order, patterns and notes', () => {
    expect(toSessionBody(values, goals, TZ)).toEqual({
      startedAt: '2026-03-02T15:00:00+01:00',
      durationMinutes: 45,
      modality: 'individual',
      setting: 'telehealth',
      attendance: 'attended',
      summary: 'Arrived anxious.',
      plan: null,
      goalRatings: [
        { goalId: A, rating: 4, comment: 'Held the pause' },
        { goalId: B, rating: 7, comment: null },
      ],
      patterns: [
        { pattern: 'fear_of_abandonment', intensity: 0 },
        { pattern: 'reassurance_seeking', intensity: 2 },
      ],
      interventions: [{ approach: 'eft', techniques: ['heightening', 'my own'], note: null, goalIds: [A] }],
    });
  });
  it('leaves out unrated goals', () => {
    expect(toSessionBody(form({ ratings: { [A]: { rating: null, comment: '' } } }), goals, TZ).goalRatings).toEqual([]);
  });
  it('drops ratings and interventions for a cancelled or no-show session, keeping the rest', () => {
    for (const attendance of ['cancelled', 'no_show'] as const) {
      const body = toSessionBody({ ...values, attendance }, goals, TZ);
      expect(body.goalRatings).toEqual([]);
      expect(body.interventions).toEqual([]);
      expect(body.patterns).toHaveLength(2);
      expect(body.summary).toBe('Arrived anxious.');
      expect(body.attendance).toBe(attendance);
    }
  });
  it('keeps the note text as typed, inner lines included', () => {
    const body = toSessionBody(
      form({ interventions: [{ key: 'k', approach: 'cbt', techniques: [], note: 'Line one\n\nLine two\n', goalIds: [] }] }),
      goals,
      TZ,
    );
    expect(body.interventions[0].note).toBe('Line one\n\nLine two');
  });
  it('refuses to build a body from an invalid start', () => {
    expect(() => toSessionBody(form({ startedAt: 'soon' }), goals, TZ)).toThrow(/validate/);
  });
});

describe('sessionFormFromSession', () => {
  it('shows a saved draft in the form and sends the same body back', () => {
    const saved = {
      startedAt: '2026-03-02T14:00:00.000Z',
      durationMinutes: 50,
      modality: 'couples' as const,
      setting: 'in_person' as const,
      attendance: 'attended' as const,
      summary: null,
      plan: 'Practice',
      goalRatings: [{ goalId: A, rating: 6, comment: null }],
      patterns: [{ pattern: 'low_self_worth' as const, intensity: 1 }],
      interventions: [{ id: 'n1', approach: 'mbct' as const, techniques: ['body scan'], note: 'Went well', goalIds: [B] }],
    };
    const values = sessionFormFromSession(saved, TZ);
    expect(values.startedAt).toBe('2026-03-02T15:00');
    expect(values.ratings).toEqual({ [A]: { rating: 6, comment: '' } });
    expect(values.interventions[0]).toEqual({ key: 'n1', approach: 'mbct', techniques: ['body scan'], note: 'Went well', goalIds: [B] });
    const body = toSessionBody(values, goals, TZ);
    expect(body).toMatchObject({ startedAt: '2026-03-02T15:00:00+01:00', plan: 'Practice', summary: null });
    expect(sameSessionBody(body, { ...body, startedAt: '2026-03-02T14:00:00Z' })).toBe(true);
    expect(sameSessionBody(body, { ...body, plan: 'Other' })).toBe(false);
  });
});

describe('server details back on the form', () => {
  const body = toSessionBody(
    form({
      ratings: { [A]: { rating: 4, comment: '' }, [B]: { rating: 7, comment: 'x' } },
      patterns: { low_self_worth: 1 },
      interventions: [{ key: 'k', approach: 'eft', techniques: [], note: '', goalIds: [A] }],
    }),
    goals,
    TZ,
  );

  it('maps indexes of the body to the fields they came from', () => {
    expect(formPathForDetail('goalRatings[1].rating', body)).toBe(`ratings.${B}.rating`);
    expect(formPathForDetail('goalRatings[0].goalId', body)).toBe(`ratings.${A}.rating`);
    expect(formPathForDetail('goalRatings[1].comment', body)).toBe(`ratings.${B}.comment`);
    expect(formPathForDetail('patterns[0].intensity', body)).toBe('patterns.low_self_worth');
    expect(formPathForDetail('interventions[0].goalIds[0]', body)).toBe('interventions.0.goalIds');
    expect(formPathForDetail('interventions[0].techniques', body)).toBe('interventions.0.techniques');
    expect(formPathForDetail('durationMinutes', body)).toBe('durationMinutes');
    expect(formPathForDetail('goalRatings[7].rating', body)).toBeNull();
    expect(formPathForDetail('version', body)).toBeNull();
  });
  it('keeps what has no field as sentences', () => {
    expect(
      sessionErrorsFromDetails(
        [
          { field: 'goalRatings[0].rating', problem: 'must be between 0 and 10' },
          { field: 'goalRatings', problem: 'must be empty when attendance is cancelled' },
          { field: 'startedAt', problem: 'must not be more than a day in the future' },
        ],
        body,
      ),
    ).toEqual({
      byField: {
        [`ratings.${A}.rating`]: 'Must be between 0 and 10',
        startedAt: 'Must not be more than a day in the future',
      },
      other: ['Goal ratings: must be empty when attendance is cancelled'],
    });
  });
});
