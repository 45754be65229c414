// Session shapes, all taken from the generated api-types.ts.
import type { components } from '../../../lib/api-types';

export type TherapySession = components['schemas']['SessionDto'];
export type Addendum = components['schemas']['AddendumDto'];
export type ReviewNote = components['schemas']['InterventionNoteDto'];
type SessionInput = components['schemas']['SessionInput'];

/**
 * The body of POST /api/clients/:id/sessions (and, with `version`, of PATCH /api/sessions/:id):
 * the generated input with its three lists always sent, so a PATCH replaces them even when empty.
 */
export type SessionBody = SessionInput & Required<Pick<SessionInput, 'goalRatings' | 'patterns' | 'interventions'>>;
