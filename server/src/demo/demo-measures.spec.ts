import { scoreMeasure } from '@securebase/shared';
import { answersFor } from './demo-measures';

const score = (code: Parameters<typeof answersFor>[0], answers: number[]) => {
  const outcome = scoreMeasure(code, answers);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
};

describe('answersFor (demo questionnaires)', () => {
  it.each([0, 7, 13, 27])('lands a PHQ-9 on a total of %i', (total) => {
    expect(score('phq9', answersFor('phq9', { total })).scores.total).toBe(total);
  });

  it('keys reversed RSES items so the total is the wanted one', () => {
    expect(score('rses', answersFor('rses', { total: 21 })).scores.total).toBe(21);
  });

  it('places an ECR-R near the wanted anxiety and avoidance', () => {
    const { scores } = score('ecr_r', answersFor('ecr_r', { anxiety: 5.6, avoidance: 2.4 }));
    expect(Math.abs(scores.anxiety - 5.6)).toBeLessThan(0.5);
    expect(Math.abs(scores.avoidance - 2.4)).toBeLessThan(0.5);
  });

  it('raises the safety flag only when item 9 is set above 0', () => {
    expect(score('phq9', answersFor('phq9', { total: 12 }, { 9: 1 })).flags).toEqual(['safety_item']);
    expect(score('phq9', answersFor('phq9', { total: 12 }, { 9: 0 })).flags).toEqual([]);
  });
});
