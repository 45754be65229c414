import { addableColleagues, canAddAddendum, canEditSession, careTeamMembers, isOnCareTeam } from './client-access';

const client = { primaryClinicianId: 'clara', careTeam: ['clara', 'omar'] };

describe('isOnCareTeam', () => {
  it('is true for the primary clinician and the care team, false for a supervisor', () => {
    expect(isOnCareTeam(client, 'clara')).toBe(true);
    expect(isOnCareTeam(client, 'omar')).toBe(true);
    expect(isOnCareTeam({ primaryClinicianId: 'clara', careTeam: [] }, 'clara')).toBe(true);
    expect(isOnCareTeam(client, 'sam')).toBe(false);
  });
});

describe('canEditSession', () => {
  it('lets only the session’s clinician edit and sign, and only a draft', () => {
    expect(canEditSession({ clinicianId: 'clara', status: 'draft' }, 'clara')).toBe(true);
    expect(canEditSession({ clinicianId: 'clara', status: 'draft' }, 'omar')).toBe(false);
    expect(canEditSession({ clinicianId: 'clara', status: 'signed' }, 'clara')).toBe(false);
  });
});

describe('canAddAddendum', () => {
  it('lets the care team add to signed sessions only', () => {
    expect(canAddAddendum(client, { status: 'signed' }, 'omar')).toBe(true);
    expect(canAddAddendum(client, { status: 'draft' }, 'clara')).toBe(false);
    expect(canAddAddendum(client, { status: 'signed' }, 'sam')).toBe(false);
  });
});

describe('care team by name', () => {
  const colleagues = [
    { id: 'u1', displayName: 'Clara Weiss', active: true },
    { id: 'u2', displayName: 'Omar Haddad', active: true },
    { id: 'u3', displayName: 'Sam Okafor', active: true },
    { id: 'u4', displayName: 'Left Last Year', active: false },
  ];
  const client = { primaryClinicianId: 'u2', careTeam: ['u1', 'u2'] };

  it('puts the primary clinician first, marks them, and names someone unknown plainly', () => {
    expect(careTeamMembers(client, colleagues)).toEqual([
      { id: 'u2', name: 'Omar Haddad', primary: true, active: true },
      { id: 'u1', name: 'Clara Weiss', primary: false, active: true },
    ]);
    expect(careTeamMembers({ primaryClinicianId: 'gone', careTeam: ['gone'] }, colleagues)).toEqual([
      { id: 'gone', name: 'A former colleague', primary: true, active: false },
    ]);
  });

  it('offers only active colleagues who are not on the team yet', () => {
    expect(addableColleagues(client, colleagues).map((c) => c.id)).toEqual(['u3']);
  });
});
