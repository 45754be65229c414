// Cache keys for the supervisor's review queue. A co-sign or a return refreshes the queue (and the
// navigation's count) with the session itself.
export const reviewKeys = {
  all: ['reviews'] as const,
  list: (clinicianId: string | null) => [...reviewKeys.all, 'list', clinicianId ?? 'everyone'] as const,
};
