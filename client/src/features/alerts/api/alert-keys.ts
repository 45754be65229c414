// Cache keys for a client's safety alerts.
export const alertKeys = {
  all: ['alerts'] as const,
  open: (clientId: string) => [...alertKeys.all, 'open', clientId] as const,
};
