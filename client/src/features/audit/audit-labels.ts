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
  // Questionnaire links: `submit` and `verify_failed` are the client's own, with no user behind them.
  invite: 'Sent questionnaire link',
  void: 'Voided questionnaire link',
  verify_failed: 'Wrong date of birth on a link',
  submit: 'Client sent answers',
  review: 'Marked result reviewed',
  resolve: 'Resolved safety alert',
  cosign: 'Co-signed note',
  return: 'Returned note',
};

/** Who acted when no user did: the client's own steps on a questionnaire link; anything else is unknown. */
export function actorWithoutAccount(action: AuditAction): string {
  if (action === 'submit') return 'The client, through a link';
  if (action === 'verify_failed') return 'Someone with the link';
  return 'Unknown';
}

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
