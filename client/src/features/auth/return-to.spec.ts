import { safeReturnTo, signInNotice, signInPath } from './return-to';

describe('safeReturnTo', () => {
  it('keeps paths inside the app', () => {
    expect(safeReturnTo('/clients/4c1f?tab=goals')).toBe('/clients/4c1f?tab=goals');
  });
  it.each([null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/sign-in', '/sign-in?returnTo=/x'])('sends %p home', (raw) => {
    expect(safeReturnTo(raw)).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries where to return and why', () => {
    expect(signInPath('/clients/abc', 'expired')).toBe('/sign-in?returnTo=%2Fclients%2Fabc&reason=expired');
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath(undefined, 'signed-out')).toBe('/sign-in?reason=signed-out');
  });
});

describe('signInNotice', () => {
  it('explains an expired session', () => {
    expect(signInNotice('expired')).toMatch(/^You were signed out/);
    expect(signInNotice(null)).toBeNull();
  });
});
