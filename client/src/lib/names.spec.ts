import { clientDisplayName, clientInitials, clientLegalName, initials, personInitials } from './names';

describe('clientDisplayName', () => {
  it('prefers the preferred name', () => {
    expect(clientDisplayName({ firstName: 'Alexandra', lastName: 'Moreno', preferredName: 'Sasha' })).toBe('Sasha Moreno');
  });
  it('falls back to the first name when the preferred name is empty or missing', () => {
    expect(clientDisplayName({ firstName: 'Alexandra', lastName: 'Moreno', preferredName: '  ' })).toBe('Alexandra Moreno');
    expect(clientDisplayName({ firstName: 'Alexandra', lastName: 'Moreno', preferredName: null })).toBe('Alexandra Moreno');
  });
});

describe('clientLegalName', () => {
  it('is shown only when it differs', () => {
    expect(clientLegalName({ firstName: 'Alexandra', lastName: 'Moreno', preferredName: 'Sasha' })).toBe('Alexandra Moreno');
    expect(clientLegalName({ firstName: 'Alexandra', lastName: 'Moreno' })).toBeNull();
  });
});

describe('initials', () => {
  it('takes the first letter of each name, upper case', () => {
    expect(initials('sasha', 'okafor-reid')).toBe('SO');
    expect(initials('Élodie', 'Ørsted')).toBe('ÉØ');
  });
  it('never returns an empty avatar', () => {
    expect(initials('', '')).toBe('?');
    expect(initials('Mo', '')).toBe('M');
  });
  it('uses the preferred name for clients', () => {
    expect(clientInitials({ firstName: 'Alexandra', lastName: 'Moreno', preferredName: 'Sasha' })).toBe('SM');
  });
});

describe('personInitials', () => {
  it('skips titles and uses the first and last word', () => {
    expect(personInitials('Dr Clara Vance')).toBe('CV');
    expect(personInitials('Sam Okoro Smith')).toBe('SS');
    expect(personInitials('Omar')).toBe('O');
    expect(personInitials('  ')).toBe('?');
  });
});
