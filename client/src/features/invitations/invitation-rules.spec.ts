import { INVITATION_STATUSES } from '@securebase/shared';
import { canShowLink, canVoid, choiceProblem, DEFAULT_CHOICE, deliveryWords, instrumentNames, INVITATION_STATUS_LABELS } from './invitation-rules';

describe('sending a questionnaire link', () => {
  it('needs one to five questionnaires and 1–14 days', () => {
    expect(choiceProblem(DEFAULT_CHOICE)).toBe('Choose at least one questionnaire.');
    expect(choiceProblem({ ...DEFAULT_CHOICE, instruments: ['phq9'] })).toBeNull();
    expect(choiceProblem({ ...DEFAULT_CHOICE, instruments: ['phq9', 'gad7', 'rses', 'ecr_r', 'ecr_rs'] })).toBeNull();
    expect(choiceProblem({ ...DEFAULT_CHOICE, instruments: ['phq9', 'gad7', 'rses', 'ecr_r', 'ecr_rs', 'phq9'] })).toMatch(/at most 5/);
    expect(choiceProblem({ ...DEFAULT_CHOICE, instruments: ['phq9'], expiresInDays: 15 })).toMatch(/1 to 14 days/);
    expect(choiceProblem({ ...DEFAULT_CHOICE, instruments: ['phq9'], expiresInDays: 0 })).toMatch(/1 to 14 days/);
    expect(choiceProblem({ ...DEFAULT_CHOICE, instruments: ['phq9'], expiresInDays: 2.5 })).toMatch(/1 to 14 days/);
  });

  it('voids only links the client can still use', () => {
    expect(INVITATION_STATUSES.filter(canVoid)).toEqual(['pending', 'opened']);
  });

  it('says every status in words and names the questionnaires', () => {
    for (const status of INVITATION_STATUSES) expect(INVITATION_STATUS_LABELS[status]).toMatch(/^[A-Z]/);
    expect(instrumentNames(['phq9', 'gad7'])).toBe('PHQ-9, GAD-7');
  });

  it('says what the email did, in words', () => {
    const scheduled = { source: 'schedule' as const, emailedAt: null, remindedAt: null, deliveryError: null };
    expect(deliveryWords({ ...scheduled, source: 'manual' })).toBeNull();
    expect(deliveryWords(scheduled)).toBe('Email on its way');
    expect(deliveryWords({ ...scheduled, deliveryError: 'email not configured' })).toBe('Not emailed: email not configured');
    expect(deliveryWords({ ...scheduled, emailedAt: '2026-03-02T09:00:00Z' })).toMatch(/^Emailed 2 Mar 2026, \d\d:\d\d$/);
    expect(deliveryWords({ ...scheduled, emailedAt: '2026-03-02T09:00:00Z', remindedAt: '2026-03-04T09:00:00Z' })).toMatch(
      /^Emailed 2 Mar 2026, .*; reminder 4 Mar 2026, /,
    );
    expect(deliveryWords({ ...scheduled, emailedAt: '2026-03-02T09:00:00Z', deliveryError: 'the mail server did not answer' })).toMatch(
      /; reminder not sent: the mail server did not answer$/,
    );
  });

  it('shows again only a scheduled link the client can still use', () => {
    expect(INVITATION_STATUSES.filter((status) => canShowLink({ source: 'schedule', status }))).toEqual(['pending', 'opened']);
    expect(canShowLink({ source: 'manual', status: 'pending' })).toBe(false);
  });
});
