import { Transform } from 'class-transformer';
import { BoolField, DateField, EnumField } from '../../common/validation';

export const EXPORT_FORMATS = ['pdf', 'md', 'csv', 'fhir'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Query strings arrive as text: only the words `true` and `false` become booleans; anything else fails validation. */
const QueryBool = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export class SummaryQuery {
  @EnumField(EXPORT_FORMATS, 'ExportFormat', {
    description: 'pdf (for people), md (Markdown), csv (one row per session, for spreadsheets) or fhir (an R4 Bundle of type collection)',
  })
  format: ExportFormat;

  @DateField({ optional: true, description: 'First day included (UTC); default: the whole course' }) from?: string;
  @DateField({ optional: true, description: 'Last day included (UTC); default: today (for a discharged client, the discharge)' }) to?: string;

  @QueryBool()
  @BoolField({
    optional: true,
    description: 'Include free text (session summaries and plans, intervention notes, rating comments, addenda, goal descriptions). Default false.',
  })
  includeNotes?: boolean;
}
