import { CLIENT_TABS, clientTabPath, clientTabSearch, DEFAULT_CLIENT_TAB, parseClientTab } from './client-tabs';

describe('client tabs', () => {
  it('lists Sessions, Goals and Notes, Sessions first', () => {
    expect(CLIENT_TABS.map((t) => t.label)).toEqual(['Sessions', 'Goals', 'Notes']);
    expect(DEFAULT_CLIENT_TAB).toBe('sessions');
  });
  it('reads the tab from the address, defaulting to the first', () => {
    expect(parseClientTab(new URLSearchParams('tab=goals'))).toBe('goals');
    expect(parseClientTab(new URLSearchParams('tab=notes&approach=eft'))).toBe('notes');
    expect(parseClientTab(new URLSearchParams('tab=overview'))).toBe('sessions');
    expect(parseClientTab(new URLSearchParams(''))).toBe('sessions');
  });
  it('writes the tab, and leaves the default out', () => {
    expect(clientTabSearch('goals').toString()).toBe('tab=goals');
    expect(clientTabSearch('sessions').toString()).toBe('');
    expect(clientTabPath('c1', 'notes')).toBe('/clients/c1?tab=notes');
    expect(clientTabPath('c1')).toBe('/clients/c1');
  });
});
