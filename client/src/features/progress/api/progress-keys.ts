// Cache keys for the charts' data. Everything starts with 'progress', so a session save or a new
// questionnaire can refresh every date range of a client at once.
export interface ProgressRange {
  /** First day included, `YYYY-MM-DD`; absent: from the start of the course. */
  from?: string;
  /** Last day included; absent: up to the latest record. */
  to?: string;
}

export const progressKeys = {
  all: ['progress'] as const,
  client: (clientId: string) => [...progressKeys.all, 'client', clientId] as const,
  range: (clientId: string, range: ProgressRange) => [...progressKeys.client(clientId), { from: range.from ?? null, to: range.to ?? null }] as const,
  instruments: () => [...progressKeys.all, 'instruments'] as const,
};
