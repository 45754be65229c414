import { APPROACHES } from '@securebase/shared';
import { approachesOf, approachMatches, ratedGoals, sessionFacts, shortTitle } from './session-labels';

describe('approachesOf', () => {
  it('lists each approach once, in the vocabulary order', () => {
    expect(approachesOf([{ approach: 'cbt' }, { approach: 'attachment_based' }, { approach: 'cbt' }])).toEqual([
      'attachment_based',
      'cbt',
    ]);
    expect(approachesOf([])).toEqual([]);
  });
});

describe('sessionFacts', () => {
  it('says duration, modality and setting', () => {
    expect(sessionFacts({ durationMinutes: 50, modality: 'couples', setting: 'telehealth' })).toBe(
      '50 min · Couples · Telehealth',
    );
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
