import { actorWithoutAccount, AUDIT_ACTION_LABELS, entityLabel, outcomeLabel, shortId } from './audit-labels';

describe('audit labels', () => {
  it('names actions in words', () => {
    expect(AUDIT_ACTION_LABELS.login_failed).toBe('Failed sign-in');
    expect(AUDIT_ACTION_LABELS.read).toBe('Viewed');
  });
  it('names the client as the actor of what they did through a link', () => {
    expect(AUDIT_ACTION_LABELS.submit).toBe('Client sent answers');
    expect(actorWithoutAccount('submit')).toBe('The client, through a link');
    expect(actorWithoutAccount('verify_failed')).toBe('Someone with the link');
    expect(actorWithoutAccount('login_failed')).toBe('Unknown');
  });
  it('names outcomes and keeps an unknown one', () => {
    expect(outcomeLabel('denied')).toBe('Refused');
    expect(outcomeLabel('partial')).toBe('partial');
  });
  it('turns entity types into words', () => {
    expect(entityLabel('therapy_session')).toBe('Therapy session');
    expect(entityLabel('client')).toBe('Client');
    expect(entityLabel(null)).toBe('—');
  });
  it('shortens ids', () => {
    expect(shortId('4c1f2a3b-1111-4222-8333-44445555a9b2')).toBe('4c1f…a9b2');
    expect(shortId('abc')).toBe('abc');
  });
});
