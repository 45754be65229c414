import { CLIENT_TABS, clientTabPath, clientTabSearch, DEFAULT_CLIENT_TAB, parseClientTab } from './client-tabs';

describe('client tabs', () => {
  it('lists the tabs, Overview first', () => {
    expect(CLIENT_TABS.map((t) => t.label)).toEqual(['Overview', 'Sessions', 'Goals', 'Notes', 'Questionnaires']);
    expect(DEFAULT_CLIENT_TAB).toBe('overview');
  });
  it('reads the tab from the address, defaulting to the Overview, or Sessions when nothing can be charted', () => {
    expect(parseClientTab(new URLSearchParams('tab=goals'))).toBe('goals');
    expect(parseClientTab(new URLSearchParams('tab=notes&approach=eft'))).toBe('notes');
    expect(parseClientTab(new URLSearchParams('tab=overview'), false)).toBe('overview');
    expect(parseClientTab(new URLSearchParams('tab=unknown'))).toBe('overview');
    expect(parseClientTab(new URLSearchParams(''))).toBe('overview');
    expect(parseClientTab(new URLSearchParams(''), false)).toBe('sessions');
  });
  it('always writes the tab; a link without one opens the record on its default', () => {
    expect(clientTabSearch('goals').toString()).toBe('tab=goals');
    expect(clientTabSearch('overview').toString()).toBe('tab=overview');
    expect(clientTabPath('c1', 'notes')).toBe('/clients/c1?tab=notes');
    expect(clientTabPath('c1')).toBe('/clients/c1');
  });
});
