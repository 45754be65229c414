import { caseloadSearch, emptyCaseloadMessage, parseCaseloadFilters } from './caseload-filters';

describe('parseCaseloadFilters', () => {
  it('defaults to active clients and no search', () => {
    expect(parseCaseloadFilters(new URLSearchParams(''))).toEqual({ status: 'active', q: '' });
  });
  it('reads a known status and the search text', () => {
    expect(parseCaseloadFilters(new URLSearchParams('status=discharged&q=maya'))).toEqual({
      status: 'discharged',
      q: 'maya',
    });
  });
  it('ignores an unknown status', () => {
    expect(parseCaseloadFilters(new URLSearchParams('status=deleted')).status).toBe('active');
  });
});

describe('caseloadSearch', () => {
  it('writes only what differs from the default', () => {
    expect(caseloadSearch({ status: 'active', q: '  ' }).toString()).toBe('');
    expect(caseloadSearch({ status: 'all', q: ' Lind ' }).toString()).toBe('status=all&q=Lind');
  });
});

describe('emptyCaseloadMessage', () => {
  it('says why the list is empty', () => {
    expect(emptyCaseloadMessage({ status: 'active', q: '' })).toBe('You have no active clients yet.');
    expect(emptyCaseloadMessage({ status: 'discharged', q: '' })).toBe('No clients have been discharged.');
    expect(emptyCaseloadMessage({ status: 'active', q: 'zoe' })).toBe('No active clients match “zoe”.');
    expect(emptyCaseloadMessage({ status: 'all', q: 'zoe' })).toBe('No clients match “zoe”.');
  });
});
