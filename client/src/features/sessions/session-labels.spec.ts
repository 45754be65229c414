import { APPROACHES } from '@securebase/shared';
import { approachesOf, approachMatches, ratedGoals, sessionFacts, shortTitle, signatureLine, signedMessage } from './session-labels';

describe('approachesOf', () => {
  it('lists each approach once, in the vocabulary order', () => {
    expect(approachesOf([{ approach: 'cbt' }, { approach: 'attachment_based' }, { approach: 'cbt' }])).toEqual(['attachment_based', 'cbt']);
    expect(approachesOf([])).toEqual([]);
  });
});

describe('sessionFacts', () => {
  it('says duration, modality and setting', () => {
    expect(sessionFacts({ durationMinutes: 50, modality: 'couples', setting: 'telehealth' })).toBe('50 min · Couples · Telehealth');
  });
});

describe('ratedGoals', () => {
  it('names each rated goal, in the order of the ratings', () => {
    expect(
      ratedGoals(
        [
          { goalId: 'b', rating: 7 },
          { goalId: 'x', rating: 3 },
        ],
        [
          { id: 'a', title: 'First' },
          { id: 'b', title: 'Second' },
        ],
      ),
    ).toEqual([
      { goalId: 'b', title: 'Second', rating: 7 },
      { goalId: 'x', title: 'A goal', rating: 3 },
    ]);
  });
});

describe('shortTitle', () => {
  it('keeps short titles and cuts long ones at a word', () => {
    expect(shortTitle('Say no')).toBe('Say no');
    expect(shortTitle('Say no to extra requests without apologising')).toBe('Say no to extra requests…');
    expect(shortTitle('Supercalifragilisticexpialidocious-and-more', 20)).toBe('Supercalifragilisti…');
  });
});

describe('approachMatches', () => {
  const matching = (search: string) => APPROACHES.filter((a) => approachMatches(a, search));
  it('finds an approach by its abbreviation or by words of its label', () => {
    expect(matching('cbt')).toEqual(['cbt']);
    expect(matching('EFT')).toEqual(['eft']);
    expect(matching('mbct')).toEqual(['mbct']);
    expect(matching('cog')).toEqual(['cbt']);
    expect(matching('trauma')).toEqual(['trauma_informed']);
    expect(matching('therapy')).toEqual(['eft', 'cbt', 'ipt', 'group', 'schema', 'trauma_informed']);
  });
  it('offers everything for an empty search', () => {
    expect(matching('  ')).toEqual([...APPROACHES]);
  });
});

describe('signatureLine', () => {
  const names: Record<string, string> = { omar: 'Omar Haddad', sam: 'Sam Okafor' };
  const nameOf = (id: string) => names[id] ?? null;
  const none = { signedAt: null, signedBy: null, submittedAt: null, cosignedAt: null, cosignedBy: null };

  it('says a draft is not signed, and a waiting one is signed but waits for the supervisor', () => {
    expect(signatureLine({ ...none, status: 'draft' }, 'omar', nameOf)).toBe('Not signed yet');
    const waiting = signatureLine({ ...none, status: 'pending_cosign', submittedAt: '2026-03-02T15:00:00Z' }, 'omar', nameOf);
    expect(waiting).toMatch(/^Signed \d+ Mar 2026, \d\d:\d\d; waiting for the supervisor's co-signature$/);
  });

  it('names who signed and who co-signed, "you" for the reader', () => {
    const cosigned = {
      ...none,
      status: 'signed' as const,
      signedAt: '2026-03-02T15:00:00Z',
      signedBy: 'omar',
      cosignedAt: '2026-03-03T09:00:00Z',
      cosignedBy: 'sam',
    };
    expect(signatureLine(cosigned, 'sam', nameOf)).toMatch(/^Signed .* by Omar Haddad; co-signed .* by you$/);
    expect(signatureLine(cosigned, 'clara', nameOf)).toMatch(/by Omar Haddad; co-signed .* by Sam Okafor$/);
    expect(signatureLine({ ...cosigned, cosignedAt: null, cosignedBy: null }, 'omar', nameOf)).toMatch(/^Signed .* by you$/);
  });
});

describe('signedMessage', () => {
  it('tells a trainee that the signature now waits for the supervisor', () => {
    expect(signedMessage('pending_cosign')).toMatch(/waits for your supervisor/);
    expect(signedMessage('signed')).toBe('Session signed.');
  });
});
