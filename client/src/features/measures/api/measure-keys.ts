// Cache keys for questionnaires. Everything starts with 'measures', so a new measure
// refreshes the Questionnaires tab in one call.
export const measureKeys = {
  all: ['measures'] as const,
  list: (clientId: string) => [...measureKeys.all, 'list', clientId] as const,
};
