import { canAddAddendum, canEditSession, isOnCareTeam } from './client-access';

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
