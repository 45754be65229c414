// Cache keys for a client's questionnaire schedules.
export const measurePlanKeys = {
  all: ['measure-plans'] as const,
  list: (clientId: string) => [...measurePlanKeys.all, 'list', clientId] as const,
};
