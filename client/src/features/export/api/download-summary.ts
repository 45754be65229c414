// The case summary is a file, not JSON, and its route is not in openapi.json yet, so it is fetched
// here rather than through the typed client; errors still become an ApiError, and a 401 still ends
// the session in the browser, as every other call does (lib/api.ts).
import { localCalendarDate } from '../../../lib/dates';
import { apiErrorFrom } from '../../../lib/api-error';
import { noteServerActivity } from '../../../lib/idle';
import { reportSignInExpired } from '../../../lib/sign-in-expiry';
import { exportUrl, fallbackFileName, fileNameFromDisposition, type ExportRequest } from '../export-request';

export interface SummaryFile {
  blob: Blob;
  fileName: string;
}

export async function fetchSummary(clientId: string, request: ExportRequest): Promise<SummaryFile> {
  const response = await fetch(exportUrl(clientId, request), { credentials: 'same-origin' });
  if (response.status === 401) reportSignInExpired();
  else noteServerActivity();
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw apiErrorFrom(response.status, body, response.headers);
  }
  const blob = await response.blob();
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackFileName(request.format, localCalendarDate());
  return { blob, fileName };
}

/** Hands the file to the browser's downloads, as a click on an <a download> link would. */
export function saveFile({ blob, fileName }: SummaryFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the blob by now; a minute is ample for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
