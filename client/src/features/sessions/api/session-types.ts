// Session shapes, all taken from the generated api-types.ts.
import type { components } from '../../../lib/api-types';

export type TherapySession = components['schemas']['SessionDto'];
export type GoalRating = components['schemas']['GoalRatingDto'];
export type PatternObservation = components['schemas']['PatternDto'];
export type InterventionNote = components['schemas']['InterventionDto'];
export type Addendum = components['schemas']['AddendumDto'];
export type ReviewNote = components['schemas']['InterventionNoteDto'];
type SessionInput = components['schemas']['SessionInput'];

// openapi.json describes the items of goalRatings, patterns and interventions with an empty
// `$ref` ("#/components/schemas/"), so the generated input type cannot be filled in. Until the
// server's description is fixed, the items are the response shapes without their ids, which
// is what the server's DTOs accept (server/src/sessions/dto/session-input.dto.ts).
export type GoalRatingInput = Omit<GoalRating, 'comment'> & { comment?: string | null };
export type PatternInput = PatternObservation;
export type InterventionInput = Omit<InterventionNote, 'id'>;

/** The body of POST /api/clients/:id/sessions (and, with `version`, of PATCH /api/sessions/:id). */
export type SessionBody = Omit<SessionInput, 'goalRatings' | 'patterns' | 'interventions'> & {
  goalRatings: GoalRatingInput[];
  patterns: PatternInput[];
  interventions: InterventionInput[];
};

export type GeneratedSessionInput = SessionInput;
export type GeneratedUpdateSessionInput = components['schemas']['UpdateSessionInput'];
