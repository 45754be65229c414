import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api';
import type { components } from '../../../lib/api-types';
import { progressKeys, type ProgressRange } from './progress-keys';

export type Progress = components['schemas']['ProgressDto'];
export type GoalProgress = components['schemas']['GoalProgressDto'];
export type MeasureSeries = components['schemas']['MeasureSeriesDto'];
export type AttachmentPoint = components['schemas']['AttachmentPointDto'];
export type ApproachMonth = components['schemas']['ApproachMonthDto'];
export type PatternMonth = components['schemas']['PatternMonthDto'];
export type AttendanceCounts = components['schemas']['AttendanceDto'];

/** Everything the Overview draws, for one client and one date range (whole course when empty). */
export function getProgress(clientId: string, range: ProgressRange): Promise<Progress> {
  return unwrap(
    api.GET('/api/clients/{id}/progress', {
      params: { path: { id: clientId }, query: { from: range.from, to: range.to } },
    }),
  );
}

export function progressQuery(clientId: string, range: ProgressRange = {}) {
  return queryOptions({ queryKey: progressKeys.range(clientId, range), queryFn: () => getProgress(clientId, range) });
}

/** Keeps the previous range's charts on screen while another range loads, so nothing jumps. */
export function useProgress(clientId: string, range: ProgressRange = {}) {
  return useQuery({ ...progressQuery(clientId, range), placeholderData: keepPreviousData });
}
