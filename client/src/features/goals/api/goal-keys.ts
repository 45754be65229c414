// Cache keys for goals. A session save also refreshes them: it moves a goal's latest rating.
export const goalKeys = {
  all: ['goals'] as const,
  list: (clientId: string) => [...goalKeys.all, 'list', clientId] as const,
};
