// Sending questionnaire links: what may be asked for, and how a link's state is said.
import { INSTRUMENTS, isInstrumentCode, type InstrumentCode, type InvitationStatus } from '@securebase/shared';
import { formatInstant } from '../../lib/dates';

/** As the server allows: one to five questionnaires per link, each once; the link lasts 1–14 days. */
export const MAX_INSTRUMENTS = 5;
export const MIN_EXPIRY_DAYS = 1;
export const MAX_EXPIRY_DAYS = 14;
export const DEFAULT_EXPIRY_DAYS = 7;

export interface InvitationChoice {
  instruments: InstrumentCode[];
  includeGoals: boolean;
  expiresInDays: number;
}

export const DEFAULT_CHOICE: InvitationChoice = { instruments: [], includeGoals: false, expiresInDays: DEFAULT_EXPIRY_DAYS };

/** What stops the link from being sent, in words, or null when it can go. */
export function choiceProblem(choice: InvitationChoice): string | null {
  if (choice.instruments.length === 0) return 'Choose at least one questionnaire.';
  if (choice.instruments.length > MAX_INSTRUMENTS) return `Choose at most ${MAX_INSTRUMENTS} questionnaires for one link.`;
  if (!Number.isInteger(choice.expiresInDays) || choice.expiresInDays < MIN_EXPIRY_DAYS || choice.expiresInDays > MAX_EXPIRY_DAYS) {
    return `The link can last from ${MIN_EXPIRY_DAYS} to ${MAX_EXPIRY_DAYS} days.`;
  }
  return null;
}

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  pending: 'Not opened yet',
  opened: 'Opened, not sent yet',
  completed: 'Completed',
  expired: 'Expired',
  voided: 'Voided',
};

/** A link still usable by the client can be voided; completed, expired and voided ones are already dead. */
export function canVoid(status: InvitationStatus): boolean {
  return status === 'pending' || status === 'opened';
}

/** "PHQ-9, GAD-7" in the catalogue's names. */
export function instrumentNames(codes: readonly string[]): string {
  return codes.map((code) => (isInstrumentCode(code) ? INSTRUMENTS[code].name : code)).join(', ');
}

/** What the email of a link did, in words; null for a link sent by hand (it was never emailed). */
export function deliveryWords(invitation: {
  source: 'manual' | 'schedule';
  emailedAt: string | null;
  remindedAt: string | null;
  deliveryError: string | null;
}): string | null {
  if (invitation.source === 'manual') return null;
  const { emailedAt, remindedAt, deliveryError } = invitation;
  if (emailedAt) {
    const sent = `Emailed ${formatInstant(emailedAt)}`;
    if (remindedAt) return `${sent}; reminder ${formatInstant(remindedAt)}`;
    return deliveryError ? `${sent}; reminder not sent: ${deliveryError}` : sent;
  }
  return deliveryError ? `Not emailed: ${deliveryError}` : 'Email on its way';
}

/** A scheduled link is kept sealed for its email, so it can be shown again while the client can still use it. */
export function canShowLink(invitation: { source: 'manual' | 'schedule'; status: InvitationStatus }): boolean {
  return invitation.source === 'schedule' && canVoid(invitation.status);
}
