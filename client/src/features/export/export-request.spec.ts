import type { ErrorCode } from '@securebase/shared';
import { ApiError } from '../../lib/api-error';
import {
  checkExportRequest,
  defaultExportRequest,
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  exportErrorMessage,
  exportUrl,
  fallbackFileName,
  fileNameFromDisposition,
  type ExportRequest,
} from './export-request';

const base: ExportRequest = defaultExportRequest('2025-09-01', '2026-03-02');

describe('export request', () => {
  it('defaults to a PDF of the whole course without note text', () => {
    expect(base).toEqual({ format: 'pdf', period: 'all', from: '2025-09-01', to: '2026-03-02', includeNotes: false });
    expect(defaultExportRequest('2026-04-01', '2026-03-02').from).toBe('2026-03-02');
  });

  it('describes who each format is for', () => {
    expect(EXPORT_FORMATS.map((f) => EXPORT_FORMAT_INFO[f].label)).toEqual(['PDF', 'Markdown', 'CSV', 'FHIR R4']);
    expect(EXPORT_FORMAT_INFO.pdf.description).toMatch(/referral, an insurer, a supervisor or the client/);
    expect(EXPORT_FORMAT_INFO.csv.description).toMatch(/one row per session/i);
  });

  it('sends no dates for the whole course, and always says whether notes are included', () => {
    expect(exportUrl('c1', base)).toBe('/api/clients/c1/summary?format=pdf&includeNotes=false');
    expect(exportUrl('c1', { ...base, format: 'fhir', includeNotes: true })).toBe('/api/clients/c1/summary?format=fhir&includeNotes=true');
  });

  it('sends the range given, either end optional', () => {
    const range = { ...base, period: 'range' as const, from: '2026-01-01', to: '2026-02-28', format: 'csv' as const };
    expect(exportUrl('c1', range)).toBe('/api/clients/c1/summary?format=csv&from=2026-01-01&to=2026-02-28&includeNotes=false');
    expect(exportUrl('c1', { ...range, from: '' })).toBe('/api/clients/c1/summary?format=csv&to=2026-02-28&includeNotes=false');
    expect(exportUrl('c1', { ...range, to: '', format: 'md' })).toBe('/api/clients/c1/summary?format=md&from=2026-01-01&includeNotes=false');
    expect(exportUrl('a/b', base)).toBe('/api/clients/a%2Fb/summary?format=pdf&includeNotes=false');
  });

  it('checks the dates of a range only', () => {
    expect(checkExportRequest({ ...base, from: '2026-03-01', to: '2026-02-01' })).toEqual({});
    expect(checkExportRequest({ ...base, period: 'range', from: '2026-03-01', to: '2026-02-01' })).toEqual({
      to: 'Must be on or after the start date',
    });
    expect(checkExportRequest({ ...base, period: 'range', from: '2026-02-30', to: '' })).toEqual({ from: 'Enter a date' });
    expect(checkExportRequest({ ...base, period: 'range', from: '2026-02-01', to: '2026-02-01' })).toEqual({});
  });

  it('reads the file name from Content-Disposition', () => {
    expect(fileNameFromDisposition('attachment; filename="summary-ab-2026-03-02.pdf"')).toBe('summary-ab-2026-03-02.pdf');
    expect(fileNameFromDisposition('attachment; filename=summary.csv')).toBe('summary.csv');
    expect(fileNameFromDisposition(`attachment; filename="x.md"; filename*=UTF-8''R%C3%A9sum%C3%A9.md`)).toBe('Résumé.md');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fallbackFileName('fhir', '2026-03-02')).toBe('case-summary-2026-03-02.fhir.json');
  });

  it('says failures in plain words', () => {
    const error = (status: number, code: ErrorCode, details: { field: string; problem: string }[] = []) =>
      new ApiError(status, code, null, details, status >= 500 ? 'req-1' : null, null);
    expect(exportErrorMessage(error(404, 'not_found'))).toMatch(/could not be made/);
    expect(exportErrorMessage(error(400, 'validation_failed', [{ field: 'from', problem: 'must not be after to' }]))).toMatch(
      /dates were not accepted/,
    );
    expect(exportErrorMessage(error(400, 'validation_failed'))).toMatch(/options were not accepted/);
    expect(exportErrorMessage(error(403, 'forbidden'))).toMatch(/permission/);
    expect(exportErrorMessage(error(500, 'internal_error'))).toBe('Something went wrong on our side. Reference: req-1');
    expect(exportErrorMessage(new TypeError('Failed to fetch'))).toMatch(/could not be reached/);
  });
});
