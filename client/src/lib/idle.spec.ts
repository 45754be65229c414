import { formatCountdown, idlePhase, SESSION_IDLE_LIMIT_MS } from './idle';

const minute = 60_000;

describe('idlePhase', () => {
  const last = 1_000_000;
  it('is active until two minutes before the limit', () => {
    expect(idlePhase(last, last + 27 * minute)).toEqual({ phase: 'active' });
    expect(idlePhase(last, last + 28 * minute - 1)).toEqual({ phase: 'active' });
  });
  it('warns in the last two minutes, counting down', () => {
    expect(idlePhase(last, last + 28 * minute)).toEqual({ phase: 'warning', secondsLeft: 120 });
    expect(idlePhase(last, last + 29 * minute + 15_000)).toEqual({ phase: 'warning', secondsLeft: 45 });
  });
  it('is expired at the limit', () => {
    expect(idlePhase(last, last + SESSION_IDLE_LIMIT_MS)).toEqual({ phase: 'expired' });
  });
});

describe('formatCountdown', () => {
  it('writes minutes and seconds', () => {
    expect(formatCountdown(120)).toBe('2:00');
    expect(formatCountdown(105)).toBe('1:45');
    expect(formatCountdown(9)).toBe('0:09');
    expect(formatCountdown(-3)).toBe('0:00');
  });
});
