import { INVITATION_STATUSES } from '@securebase/shared';
import { canVoid, choiceProblem, DEFAULT_CHOICE, instrumentNames, INVITATION_STATUS_LABELS } from './invitation-rules';

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
});
