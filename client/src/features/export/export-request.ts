// The case-summary export (docs/api.md, "Exports"): GET /api/clients/:id/summary?format&from&to&includeNotes
// answers with a file. This module builds the address, checks the dialog's dates, names the file
// and says a failure in plain words.
import { isCalendarDate } from '@securebase/shared';
import { isApiError } from '../../lib/api-error';
import { describeError } from '../../lib/error-messages';

export const EXPORT_FORMATS = ['pdf', 'md', 'csv', 'fhir'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFormatInfo {
  value: ExportFormat;
  label: string;
  /** Who the format is for, in one line (docs/screens.md, "Printing and export"). */
  description: string;
  /** Used when the server's Content-Disposition names no file. */
  extension: string;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  pdf: {
    value: 'pdf',
    label: 'PDF',
    description: 'For people: a referral, an insurer, a supervisor or the client.',
    extension: 'pdf',
  },
  md: {
    value: 'md',
    label: 'Markdown',
    description: 'The same content as text, to paste or edit.',
    extension: 'md',
  },
  csv: {
    value: 'csv',
    label: 'CSV',
    description: 'One row per session, for spreadsheets.',
    extension: 'csv',
  },
  fhir: {
    value: 'fhir',
    label: 'FHIR R4',
    description: 'For other clinical systems (a FHIR R4 Bundle).',
    extension: 'fhir.json',
  },
};

export const INCLUDE_NOTES_HELP =
  'Off leaves out every free-text note, comment, summary and plan (addenda and goal descriptions too); dates, ratings, scores and approaches stay.';

export type ExportPeriod = 'all' | 'range';

export interface ExportRequest {
  format: ExportFormat;
  period: ExportPeriod;
  /** YYYY-MM-DD; used only when period is 'range'. */
  from: string;
  to: string;
  includeNotes: boolean;
}

export function defaultExportRequest(intakeDate: string, today: string): ExportRequest {
  return { format: 'pdf', period: 'all', from: intakeDate <= today ? intakeDate : today, to: today, includeNotes: false };
}

/** Problems with the dates, keyed by field; none when the whole course is chosen. */
export function checkExportRequest(request: ExportRequest): { from?: string; to?: string } {
  if (request.period === 'all') return {};
  const problems: { from?: string; to?: string } = {};
  if (request.from && !isCalendarDate(request.from)) problems.from = 'Enter a date';
  if (request.to && !isCalendarDate(request.to)) problems.to = 'Enter a date';
  if (!problems.from && !problems.to && request.from && request.to && request.from > request.to) {
    problems.to = 'Must be on or after the start date';
  }
  return problems;
}

/**
 * The download address. The whole course sends no dates; a range sends the days given (either
 * end may be left open). includeNotes is always sent, so the file says what the dialog showed.
 */
export function exportUrl(clientId: string, request: ExportRequest): string {
  const params = new URLSearchParams({ format: request.format });
  if (request.period === 'range') {
    if (request.from) params.set('from', request.from);
    if (request.to) params.set('to', request.to);
  }
  params.set('includeNotes', String(request.includeNotes));
  return `/api/clients/${encodeURIComponent(clientId)}/summary?${params.toString()}`;
}

/** The file name in a Content-Disposition header (RFC 6266: filename* wins over filename). */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)?'[^']*'([^;]+)/i.exec(header);
  if (star) {
    try {
      return safeFileName(decodeURIComponent(star[1].trim().replace(/^"|"$/g, '')));
    } catch {
      // Fall through to the plain filename.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return safeFileName(quoted[1].replace(/\\(.)/g, '$1'));
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(header);
  return bare ? safeFileName(bare[1]) : null;
}

/** No folders in a downloaded file's name, whatever the header said. */
function safeFileName(name: string): string | null {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base && base !== '.' && base !== '..' ? base : null;
}

export function fallbackFileName(format: ExportFormat, today: string): string {
  return `case-summary-${today}.${EXPORT_FORMAT_INFO[format].extension}`;
}

/** A failed download in plain words (never a bare status code). */
export function exportErrorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.code === 'not_found') {
      return 'The summary could not be made: the client was not found, or this server does not offer the export yet.';
    }
    if (error.code === 'validation_failed') {
      const dates = error.details.some((d) => d.field === 'from' || d.field === 'to');
      return dates
        ? 'The dates were not accepted: check that the start is on or before the end.'
        : 'The export options were not accepted. Please check them and try again.';
    }
    if (error.code === 'forbidden') return "You don't have permission to export this client's record.";
  }
  return describeError(error, 'client');
}
