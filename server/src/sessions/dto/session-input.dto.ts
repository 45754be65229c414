import {
  APPROACHES,
  Approach,
  ATTENDANCES,
  Attendance,
  DURATION_MAX,
  DURATION_MIN,
  MODALITIES,
  Modality,
  PATTERN_INTENSITY_MAX,
  PRESENTING_PATTERNS,
  PresentingPattern,
  RATING_MAX,
  RATING_MIN,
  SETTINGS,
  Setting,
  TEXT_MAX_LENGTH,
} from '@securebase/shared';
import { EnumField, InstantField, IntField, NestedField, TextArrayField, TextField, UuidArrayField, UuidField } from '../../common/validation';

export class GoalRatingInput {
  @UuidField() goalId: string;
  @IntField({ min: RATING_MIN, max: RATING_MAX }) rating: number;
  @TextField({ max: 2000, optional: true, nullable: true }) comment?: string | null;
}

export class PatternInput {
  @EnumField(PRESENTING_PATTERNS, 'PresentingPattern') pattern: PresentingPattern;
  @IntField({ min: 0, max: PATTERN_INTENSITY_MAX }) intensity: number;
}

export class InterventionInput {
  @EnumField(APPROACHES, 'Approach') approach: Approach;
  @TextArrayField({ optional: true, maxItems: 20, maxLength: 100 }) techniques?: string[];
  @TextField({ max: TEXT_MAX_LENGTH, optional: true, nullable: true, trim: false }) note?: string | null;
  @UuidArrayField({ optional: true, maxItems: 20 }) goalIds?: string[];
}

export class SessionInput {
  @InstantField() startedAt: string;
  @IntField({ min: DURATION_MIN, max: DURATION_MAX, example: 50 }) durationMinutes: number;
  @EnumField(MODALITIES, 'Modality') modality: Modality;
  @EnumField(SETTINGS, 'Setting') setting: Setting;
  @EnumField(ATTENDANCES, 'Attendance') attendance: Attendance;
  @TextField({ max: TEXT_MAX_LENGTH, optional: true, nullable: true, trim: false }) summary?: string | null;
  @TextField({ max: TEXT_MAX_LENGTH, optional: true, nullable: true, trim: false }) plan?: string | null;
  @NestedField(() => GoalRatingInput, { optional: true, isArray: true, maxItems: 50 }) goalRatings?: GoalRatingInput[];
  @NestedField(() => PatternInput, { optional: true, isArray: true, maxItems: PRESENTING_PATTERNS.length }) patterns?: PatternInput[];
  @NestedField(() => InterventionInput, { optional: true, isArray: true, maxItems: 30 }) interventions?: InterventionInput[];
}

export class UpdateSessionInput extends SessionInput {
  @IntField({ min: 1, max: 2_147_483_647, description: 'The version you read; a stale one gets 409' }) version: number;
}

export class SignSessionInput {
  @IntField({ min: 1, max: 2_147_483_647, optional: true, description: 'If sent, must be the current version' })
  version?: number;
}

export class AddendumInput {
  @TextField({ max: TEXT_MAX_LENGTH }) text: string;
}

export class ReturnSessionInput {
  @TextField({ max: TEXT_MAX_LENGTH, description: 'What the author should change; shown on top of their draft' }) comment: string;
}
