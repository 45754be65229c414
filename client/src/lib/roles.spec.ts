import { homePathFor, navItemsFor } from './roles';

describe('navItemsFor', () => {
  it('gives each role its own navigation', () => {
    expect(navItemsFor('clinician').map((i) => i.label)).toEqual(['Caseload']);
    expect(navItemsFor('supervisor').map((i) => i.label)).toEqual(['Caseload', 'Reviews', 'Audit']);
    expect(navItemsFor('admin').map((i) => i.label)).toEqual(['Audit', 'Users']);
  });
});

describe('homePathFor', () => {
  it('starts clinicians on the caseload and admins on users', () => {
    expect(homePathFor('clinician')).toBe('/caseload');
    expect(homePathFor('supervisor')).toBe('/caseload');
    expect(homePathFor('admin')).toBe('/users');
  });
});
