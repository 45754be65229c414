// Who may write to a client's record, as the server decides it (API.md, Roles): the care team.
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
