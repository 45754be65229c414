import { addCalendarDays, clientContactProblems, clientDateProblems, dischargeDateProblems } from './client-rules';

const today = '2026-03-20';
const rules = (dates: { dateOfBirth?: string | null; intakeDate?: string | null }) =>
  clientDateProblems(dates, today).map((p) => `${p.field}:${p.rule}`);

describe('addCalendarDays', () => {
  it('crosses month, year and leap-day ends', () => {
    expect(addCalendarDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('clientDateProblems', () => {
  it('accepts a birth up to today and an intake up to tomorrow', () => {
    expect(rules({ dateOfBirth: today, intakeDate: '2026-03-21' })).toEqual([]);
    expect(rules({ dateOfBirth: null, intakeDate: today })).toEqual([]);
    expect(rules({})).toEqual([]);
  });
  it('refuses a birth in the future or before 1900', () => {
    expect(rules({ dateOfBirth: '2026-03-21' })).toEqual(['dateOfBirth:birth_in_future']);
    expect(rules({ dateOfBirth: '1899-12-31' })).toEqual(['dateOfBirth:birth_too_early']);
    expect(rules({ dateOfBirth: '1900-01-01' })).toEqual([]);
  });
  it('refuses an intake more than a day ahead, before 1900, or before the birth', () => {
    expect(rules({ intakeDate: '2026-03-22' })).toEqual(['intakeDate:intake_too_far_ahead']);
    expect(rules({ intakeDate: '1899-12-31' })).toEqual(['intakeDate:intake_too_early']);
    expect(rules({ dateOfBirth: '1991-06-14', intakeDate: '1991-06-13' })).toEqual(['intakeDate:intake_before_birth']);
    expect(rules({ dateOfBirth: '1991-06-14', intakeDate: '1991-06-14' })).toEqual([]);
  });
  it('leaves a date that is not a real one to the field check', () => {
    expect(rules({ dateOfBirth: '2099-02-30', intakeDate: 'soon' })).toEqual([]);
  });
  it('counts "a day ahead" from the today it is given, across a month end', () => {
    expect(clientDateProblems({ intakeDate: '2026-04-01' }, '2026-03-31')).toEqual([]);
    expect(clientDateProblems({ intakeDate: '2026-04-02' }, '2026-03-31')).toHaveLength(1);
  });
});

describe('dischargeDateProblems', () => {
  it('refuses a discharge before the intake, not on the same day', () => {
    expect(dischargeDateProblems('2026-01-11', '2026-01-12')).toEqual([{ field: 'dischargedOn', rule: 'discharge_before_intake' }]);
    expect(dischargeDateProblems('2026-01-12', '2026-01-12')).toEqual([]);
  });
});

describe('clientContactProblems', () => {
  it('needs an address only while the client takes email', () => {
    expect(clientContactProblems({ contactByEmail: true, email: 'a@b.org' })).toEqual([]);
    expect(clientContactProblems({ contactByEmail: false, email: null })).toEqual([]);
    expect(clientContactProblems({ contactByEmail: true, email: null })).toEqual([{ field: 'contactByEmail', rule: 'email_needed' }]);
    expect(clientContactProblems({ contactByEmail: true, email: '  ' })).toEqual([{ field: 'contactByEmail', rule: 'email_needed' }]);
    expect(clientContactProblems({ contactByEmail: true })).toEqual([{ field: 'contactByEmail', rule: 'email_needed' }]);
  });
});
