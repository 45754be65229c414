import {
  clientChanges,
  clientFormValues,
  emailContactWords,
  emptyClientForm,
  rebaseClientForm,
  toNewClient,
  validateClientForm,
  validateDischarge,
  type ClientDetails,
} from './client-rules';

const today = '2026-03-20';

describe('validateClientForm', () => {
  it('accepts a minimal new client', () => {
    expect(validateClientForm({ ...emptyClientForm(today), firstName: 'Maya', lastName: 'Lindqvist' }, today)).toEqual({});
  });
  it('requires both names, counted after trimming', () => {
    expect(validateClientForm({ ...emptyClientForm(today), firstName: '   ', lastName: '' }, today)).toEqual({
      firstName: 'Required',
      lastName: 'Required',
    });
  });
  it('limits names to 100 characters and pronouns to 40', () => {
    const errors = validateClientForm(
      {
        ...emptyClientForm(today),
        firstName: 'a'.repeat(101),
        lastName: ` ${'b'.repeat(100)} `,
        pronouns: 'x'.repeat(41),
      },
      today,
    );
    expect(errors).toEqual({ firstName: 'Must be at most 100 characters', pronouns: 'Must be at most 40 characters' });
  });
  it('checks the dates', () => {
    const base = { ...emptyClientForm(today), firstName: 'M', lastName: 'L' };
    expect(validateClientForm({ ...base, dateOfBirth: '1990-02-30' }, today).dateOfBirth).toBe('Enter a real date (YYYY-MM-DD)');
    expect(validateClientForm({ ...base, dateOfBirth: '2026-03-21' }, today).dateOfBirth).toBe('Date of birth cannot be in the future');
    expect(validateClientForm({ ...base, dateOfBirth: today }, today).dateOfBirth).toBeUndefined();
    expect(validateClientForm({ ...base, intakeDate: '2026-03-21' }, today).intakeDate).toBeUndefined();
    expect(validateClientForm({ ...base, intakeDate: '2026-03-22' }, today).intakeDate).toBe('Intake date cannot be more than a day in the future');
    expect(validateClientForm({ ...base, intakeDate: '' }, today).intakeDate).toBe('Required');
  });
  it('applies the date rules the server applies (shared with it) before sending', () => {
    const base = { ...emptyClientForm(today), firstName: 'M', lastName: 'L' };
    expect(validateClientForm({ ...base, dateOfBirth: '1899-12-31' }, today).dateOfBirth).toBe('Date of birth must be after 1900-01-01');
    expect(validateClientForm({ ...base, dateOfBirth: '2001-05-02', intakeDate: '2001-05-01' }, today)).toEqual({
      intakeDate: 'Intake date cannot be before the date of birth',
    });
  });
  it('checks the address and that email needs one', () => {
    const base = emptyClientForm(today);
    expect(validateClientForm({ ...base, firstName: 'A', lastName: 'B', email: 'maya@' }, today).email).toBe(
      'Enter an email address like name@example.org',
    );
    expect(validateClientForm({ ...base, firstName: 'A', lastName: 'B', contactByEmail: true }, today)).toEqual({
      contactByEmail: 'Add the client’s email address first',
    });
    expect(validateClientForm({ ...base, firstName: 'A', lastName: 'B', email: 'maya@client.example', contactByEmail: true }, today)).toEqual({});
  });
  it('rejects codes outside the vocabulary', () => {
    const base = { ...emptyClientForm(today), firstName: 'M', lastName: 'L' };
    expect(validateClientForm({ ...base, attachmentStyle: 'fearful' as never }, today).attachmentStyle).toBeDefined();
    expect(validateClientForm({ ...base, presentingPatterns: ['shyness' as never] }, today).presentingPatterns).toBeDefined();
  });
});

describe('toNewClient', () => {
  it('trims and leaves out empty optional fields', () => {
    expect(
      toNewClient({
        ...emptyClientForm(today),
        firstName: ' Maya ',
        lastName: 'Lindqvist ',
        pronouns: '  ',
        presentingPatterns: ['reassurance_seeking'],
      }),
    ).toEqual({
      firstName: 'Maya',
      lastName: 'Lindqvist',
      preferredName: undefined,
      pronouns: undefined,
      dateOfBirth: undefined,
      intakeDate: today,
      attachmentStyle: 'unassessed',
      presentingPatterns: ['reassurance_seeking'],
      email: undefined,
      contactByEmail: false,
    });
  });
});

describe('clientChanges', () => {
  const original: ClientDetails = {
    firstName: 'Maya',
    lastName: 'Lindqvist',
    preferredName: 'May',
    pronouns: 'she/her',
    dateOfBirth: '1991-06-14',
    intakeDate: '2026-01-12',
    attachmentStyle: 'anxious',
    presentingPatterns: ['fear_of_abandonment', 'reassurance_seeking'],
    email: 'maya@client.example',
    contactByEmail: true,
  };

  it('is empty when nothing changed, whatever the order of patterns', () => {
    const values = clientFormValues(original);
    values.presentingPatterns.reverse();
    expect(clientChanges(original, values)).toEqual({});
  });
  it('sends only changed fields, clearing with null', () => {
    const values = {
      ...clientFormValues(original),
      preferredName: '',
      lastName: ' Lind ',
      attachmentStyle: 'secure' as const,
    };
    expect(clientChanges(original, values)).toEqual({
      preferredName: null,
      lastName: 'Lind',
      attachmentStyle: 'secure',
    });
  });
  it('sends an address change, ignoring case, and the consent on its own', () => {
    expect(clientChanges(original, { ...clientFormValues(original), email: ' Maya@Client.Example ' })).toEqual({});
    expect(clientChanges(original, { ...clientFormValues(original), email: 'maya@new.example', contactByEmail: false })).toEqual({
      email: 'maya@new.example',
      contactByEmail: false,
    });
  });
});

describe('rebaseClientForm', () => {
  const startedFrom: ClientDetails = {
    firstName: 'Maya',
    lastName: 'Lindqvist',
    preferredName: null,
    pronouns: null,
    dateOfBirth: '1991-06-14',
    intakeDate: '2026-01-12',
    attachmentStyle: 'unassessed',
    presentingPatterns: ['reassurance_seeking'],
    email: null,
    contactByEmail: false,
  };
  const latest: ClientDetails = { ...startedFrom, pronouns: 'she/they', attachmentStyle: 'anxious' };

  it('keeps my edits and takes the other changes', () => {
    const mine = { ...clientFormValues(startedFrom), preferredName: 'May' };
    const { values, overlapping } = rebaseClientForm(startedFrom, latest, mine);
    expect(values).toEqual({ ...clientFormValues(latest), preferredName: 'May' });
    expect(overlapping).toEqual([]);
  });
  it('names the fields both people changed, keeping mine', () => {
    const mine = { ...clientFormValues(startedFrom), attachmentStyle: 'avoidant' as const };
    const { values, overlapping } = rebaseClientForm(startedFrom, latest, mine);
    expect(values.attachmentStyle).toBe('avoidant');
    expect(values.pronouns).toBe('she/they');
    expect(overlapping).toEqual(['attachmentStyle']);
  });
});

describe('validateDischarge', () => {
  it('needs a real date between intake and tomorrow, and a reason', () => {
    expect(validateDischarge({ dischargedOn: '2026-03-20', reason: 'Goals met' }, '2026-01-12', today)).toEqual({});
    expect(validateDischarge({ dischargedOn: '2026-01-11', reason: ' ' }, '2026-01-12', today)).toEqual({
      dischargedOn: 'Discharge cannot be before the intake date',
      reason: 'Required',
    });
    expect(validateDischarge({ dischargedOn: '2026-03-22', reason: 'x' }, '2026-01-12', today).dischargedOn).toBe(
      'Discharge cannot be more than a day ahead',
    );
  });
});

describe('emailContactWords', () => {
  const none = { email: null, contactByEmail: false, contactConsentOn: null, emailStoppedAt: null };
  it('says where links go and since when, or why they do not', () => {
    expect(emailContactWords({ ...none, email: 'maya@client.example', contactByEmail: true, contactConsentOn: '2026-03-02' })).toBe(
      'To maya@client.example, agreed 2 Mar 2026',
    );
    expect(emailContactWords(none)).toBe('Not agreed');
    expect(emailContactWords({ ...none, email: 'maya@client.example' })).toBe('Not agreed (maya@client.example)');
    expect(emailContactWords({ ...none, email: 'maya@client.example', emailStoppedAt: '2026-03-09T10:00:00Z' })).toMatch(
      /^Client turned off email on 9 Mar 2026/,
    );
  });
});
