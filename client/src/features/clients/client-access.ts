// Who may write to a client's record, as the server decides it (docs/api.md, "Roles"): the care team.
// Supervisors read their supervisees' clients but never change them, so they see no write actions.

export interface CareTeam {
  primaryClinicianId: string;
  careTeam: readonly string[];
}

export function isOnCareTeam(client: CareTeam, userId: string): boolean {
  return client.primaryClinicianId === userId || client.careTeam.includes(userId);
}

/** Editing and signing a session is its own clinician's alone; a signed one takes only addenda. */
export function canEditSession(session: { clinicianId: string; status: string }, userId: string): boolean {
  return session.status === 'draft' && session.clinicianId === userId;
}

/** Addenda: any care-team member, on signed sessions. */
export function canAddAddendum(client: CareTeam, session: { status: string }, userId: string): boolean {
  return session.status === 'signed' && isOnCareTeam(client, userId);
}

export interface CareTeamMember {
  id: string;
  name: string;
  primary: boolean;
  active: boolean;
}

/** The care team by name, the primary clinician first, then in the order they joined. */
export function careTeamMembers(client: CareTeam, colleagues: readonly { id: string; displayName: string; active: boolean }[]): CareTeamMember[] {
  const ids = [client.primaryClinicianId, ...client.careTeam.filter((id) => id !== client.primaryClinicianId)];
  return ids.map((id) => {
    const colleague = colleagues.find((c) => c.id === id);
    return {
      id,
      name: colleague?.displayName ?? 'A former colleague',
      primary: id === client.primaryClinicianId,
      active: colleague?.active ?? false,
    };
  });
}

/** Who can still join: active clinicians and supervisors (the server's rule) not already on the team. */
export function addableColleagues<T extends { id: string; active: boolean }>(client: CareTeam, colleagues: readonly T[]): T[] {
  return colleagues.filter((c) => c.active && !isOnCareTeam(client, c.id));
}
