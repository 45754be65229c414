import type { AuditAction } from '@securebase/shared';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  login: 'Signed in',
  login_failed: 'Failed sign-in',
  logout: 'Signed out',
  read: 'Viewed',
  create: 'Created',
  update: 'Changed',
  sign: 'Signed note',
  addendum: 'Added addendum',
  export: 'Exported',
  discharge: 'Discharged',
};

const OUTCOME_LABELS: Record<string, string> = { success: 'Done', failure: 'Failed', denied: 'Refused' };

export function outcomeLabel(outcome: string): string {
  return OUTCOME_LABELS[outcome] ?? outcome;
}

/** `therapy_session` → `Therapy session`; the server names entity types in snake case. */
export function entityLabel(entityType: string | null): string {
  if (!entityType) return '—';
  const words = entityType.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A short, still-distinguishable form of a UUID for tables ("4c1f…9a2b"). */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id;
}
