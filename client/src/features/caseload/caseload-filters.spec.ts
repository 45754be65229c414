import { caseloadSearch, DEFAULT_CASELOAD, emptyCaseloadMessage, flagFilterApplies, nextSort, parseCaseloadFilters } from './caseload-filters';

describe('parseCaseloadFilters', () => {
  it('defaults to active clients, no search, no flag filter, flagged first', () => {
    expect(parseCaseloadFilters(new URLSearchParams(''))).toEqual({
      status: 'active',
      q: '',
      flag: '',
      sort: 'flags',
      dir: 'desc',
    });
  });
  it('reads a known status, the search text, a flag and a sort', () => {
    expect(parseCaseloadFilters(new URLSearchParams('status=discharged&q=maya&flag=safety_item&sort=name&dir=desc'))).toEqual({
      status: 'discharged',
      q: 'maya',
      flag: 'safety_item',
      sort: 'name',
      dir: 'desc',
    });
  });
  it('ignores what it does not know, and starts a column at its telling end', () => {
    expect(parseCaseloadFilters(new URLSearchParams('status=deleted&flag=urgent&sort=age'))).toEqual(DEFAULT_CASELOAD);
    expect(parseCaseloadFilters(new URLSearchParams('sort=lastSession')).dir).toBe('desc');
    expect(parseCaseloadFilters(new URLSearchParams('sort=name')).dir).toBe('asc');
  });
});

describe('caseloadSearch', () => {
  it('writes only what differs from the default', () => {
    expect(caseloadSearch({ ...DEFAULT_CASELOAD, q: '  ' }).toString()).toBe('');
    expect(caseloadSearch({ ...DEFAULT_CASELOAD, status: 'all', q: ' Lind ' }).toString()).toBe('status=all&q=Lind');
    expect(caseloadSearch({ ...DEFAULT_CASELOAD, flag: 'any', sort: 'name', dir: 'asc' }).toString()).toBe('flag=any&sort=name');
    expect(caseloadSearch({ ...DEFAULT_CASELOAD, dir: 'asc' }).toString()).toBe('dir=asc');
  });
});

describe('nextSort', () => {
  it('turns the current column round and starts another at its first direction', () => {
    expect(nextSort(DEFAULT_CASELOAD, 'flags')).toMatchObject({ sort: 'flags', dir: 'asc' });
    expect(nextSort(DEFAULT_CASELOAD, 'name')).toMatchObject({ sort: 'name', dir: 'asc' });
    expect(nextSort({ ...DEFAULT_CASELOAD, sort: 'name', dir: 'asc' }, 'sessions')).toMatchObject({
      sort: 'sessions',
      dir: 'desc',
    });
  });
});

describe('emptyCaseloadMessage', () => {
  it('says why the list is empty', () => {
    expect(emptyCaseloadMessage({ status: 'active', q: '' })).toBe('You have no active clients yet.');
    expect(emptyCaseloadMessage({ status: 'discharged', q: '' })).toBe('No clients have been discharged.');
    expect(emptyCaseloadMessage({ status: 'active', q: 'zoe' })).toBe('No active clients match “zoe”.');
    expect(emptyCaseloadMessage({ status: 'all', q: 'zoe' })).toBe('No clients match “zoe”.');
  });
  it('names the flag filter', () => {
    expect(emptyCaseloadMessage({ status: 'active', q: '', flag: 'any' })).toBe('No active clients are flagged.');
    expect(emptyCaseloadMessage({ status: 'active', q: 'zoe', flag: 'any' })).toBe('No flagged active clients match “zoe”.');
    expect(emptyCaseloadMessage({ status: 'all', q: '', flag: 'unsigned_notes' })).toBe('No clients have “Unsigned notes”.');
    expect(emptyCaseloadMessage({ status: 'active', q: 'zoe', flag: 'safety_item' })).toBe('No active clients with “Safety item” match “zoe”.');
    expect(emptyCaseloadMessage({ status: 'discharged', q: '', flag: 'any' })).toBe('No clients have been discharged.');
  });
  it('knows flags are for active clients', () => {
    expect(flagFilterApplies({ status: 'discharged' })).toBe(false);
    expect(flagFilterApplies({ status: 'all' })).toBe(true);
  });
});
